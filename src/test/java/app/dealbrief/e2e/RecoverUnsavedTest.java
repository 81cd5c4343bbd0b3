package app.dealbrief.e2e;

import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Text typed but not saved before a crash is offered at the next start and, when accepted, saved. */
class RecoverUnsavedTest extends WholeAppTest {
    @Test
    void acceptingTheOfferSavesTheTypedText() throws Exception {
        String[] id = new String[1];
        storeNote("---\naccount: Lambda\ntitle: Site visit\n---\nFirst words.\n", w -> {
            id[0] = w.notes("Lambda").get(0).id();
            w.keepUnsaved(id[0], "First words.\nThe words typed before the crash.\n");
        });
        launch();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("Recover").tryQuery().isPresent());
        clickOn("Recover");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#noteEditor").tryQuery()
                .map(n -> ((javafx.scene.control.TextArea) n).getText().contains("typed before the crash")).orElse(false));
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace w = Workspaces.open(data)) {
            assertThat(w.note(id[0]).orElseThrow().body()).contains("The words typed before the crash.");
            assertThat(w.unsaved()).isEmpty();
        }
    }
}
