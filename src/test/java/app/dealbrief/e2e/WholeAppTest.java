package app.dealbrief.e2e;

import org.junit.jupiter.api.Tag;
import app.dealbrief.domain.AccountSummary;
import app.dealbrief.ui.DealBriefApp;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** What the end-to-end tests share: a data folder prepared through the real store, then the whole app on it. */
@Tag("slow")
abstract class WholeAppTest extends FxRobot {
    @TempDir
    Path data;
    @TempDir
    Path vault;
    javafx.application.Application app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** Imports one note of {@code markdown} into the data folder, then lets {@code more} use the open store. */
    void storeNote(String markdown, Consumer<Workspace> more) throws Exception {
        Files.writeString(vault.resolve("n.md"), markdown);
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            more.accept(w);
        }
    }

    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + data);
    }

    ListView<AccountSummary> accountsWhenListed() throws Exception {
        // Looked up on the FX thread: a lookup from this thread while the window swaps its content (the
        // damaged-store page for the main view) can walk a child list as it changes.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> lookup("#accountList")
                .tryQuery().map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false)).get());
        return lookup("#accountList").query();
    }
}
