package app.dealbrief.e2e;

import app.dealbrief.ui.DealBriefApp;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Text typed but not saved before a crash is offered at the next start and, when accepted, saved. */
class RecoverUnsavedTest extends FxRobot {
    @TempDir
    Path data;
    @TempDir
    Path vault;
    private javafx.application.Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void acceptingTheOfferSavesTheTypedText() throws Exception {
        Files.writeString(vault.resolve("n.md"), "---\naccount: Lambda\ntitle: Site visit\n---\nFirst words.\n");
        String id;
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            id = w.notes("Lambda").get(0).id();
            w.keepUnsaved(id, "First words.\nThe words typed before the crash.\n");
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + data);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("Recover").tryQuery().isPresent());
        clickOn("Recover");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#noteEditor").tryQuery()
                .map(n -> ((javafx.scene.control.TextArea) n).getText().contains("typed before the crash")).orElse(false));
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace w = Workspaces.open(data)) {
            assertThat(w.note(id).orElseThrow().body()).contains("The words typed before the crash.");
            assertThat(w.unsaved()).isEmpty();
        }
    }
}
