package app.dealbrief.e2e;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.ui.DealBriefApp;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A damaged store at start: the window says so and offers the newest backup; restoring it brings the notes back. */
class DamagedStoreAppTest extends FxRobot {
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
    void theNewestBackupIsOfferedAndRestored() throws Exception {
        Files.writeString(vault.resolve("n.md"), "---\naccount: Lambda\ntitle: Site visit\n---\n# Site visit\n\nText.\n");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
        } // closing after a change writes an automatic backup
        Path file = data.resolve("db/dealbrief.mv.db");
        byte[] garbage = new byte[(int) Files.size(file)];
        Arrays.fill(garbage, (byte) 0x33);
        Files.write(file, garbage);

        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + data);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("Restore newest backup").tryQuery().isPresent());
        clickOn("Restore newest backup");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#accountList").tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        ListView<AccountSummary> accounts = lookup("#accountList").query();
        assertThat(accounts.getItems()).extracting(AccountSummary::name).containsExactly("Lambda");
        try (var kept = Files.list(data.resolve("backups"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".damaged.mv.db"));
        }
    }
}
