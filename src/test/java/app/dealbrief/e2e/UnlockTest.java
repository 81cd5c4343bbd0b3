package app.dealbrief.e2e;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.ui.DealBriefApp;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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

/** An encrypted store: the window asks for the passphrase, refuses a wrong one, opens with the right one. */
class UnlockTest extends FxRobot {
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
    void theWindowAsksForThePassphraseAndOpensOnlyWithTheRightOne() throws Exception {
        Files.writeString(vault.resolve("n.md"), "---\naccount: Crusoe\ntitle: Site visit\n---\n# Site visit\n\nText.\n");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            w.changePassphrase("river otter lamp".toCharArray());
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + data);

        enter("wrong passphrase");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("Wrong passphrase: nothing was opened or changed. Try again.")
                .tryQuery().isPresent());
        enter("river otter lamp");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#accountList").tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        ListView<AccountSummary> accounts = lookup("#accountList").query();
        assertThat(accounts.getItems()).extracting(AccountSummary::name).containsExactly("Crusoe");
    }

    private void enter(String passphrase) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#passphraseField")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        javafx.scene.Node field = lookup("#passphraseField").match(org.testfx.util.NodeQueryUtils.isVisible()).query();
        clickOn(field).write(passphrase).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
