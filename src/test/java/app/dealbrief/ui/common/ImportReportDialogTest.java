package app.dealbrief.ui.common;

import app.dealbrief.domain.ImportReport;
import app.dealbrief.ui.imports.ImportViewModel;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The import report as a user sees it: a resizable table grouped by reason, files relative to the vault. */
class ImportReportDialogTest extends FxRobot {
    private final List<Path> opened = new ArrayList<>();
    private final Path vault = Path.of("/home/ae/vault").toAbsolutePath();

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> new javafx.scene.layout.StackPane());
        FxToolkit.showStage();
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1200);
            stage.setHeight(760);
        });
        ImportReport report = new ImportReport(10, 0, 0,
                List.of(new ImportReport.Problem(vault.resolve("Inbox/bad.md").toString(), "not UTF-8 text"),
                        new ImportReport.Problem(vault.resolve("Old/worse.md").toString(), "not UTF-8 text"),
                        new ImportReport.Problem(vault.resolve("big.md").toString(), "file is over 5 MB")),
                List.of(new ImportReport.Problem(vault.resolve("Templates/Meeting.md").toString(),
                        "front matter needs repair: line 3: `{{ DATE }}` is a template placeholder; fill it in or delete the line")));
        interact(() -> ImportReportDialog.show(stage, "Import finished", "Imported 10", report, List.of(vault),
                opened::add, ImportViewModel.details(report)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#importReportTable").tryQuery()
                .map(t -> t.getScene().getWindow().isShowing() && !Double.isNaN(t.getScene().getWindow().getX())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void problemsAreGroupedByReasonWithCountsAndFilesRelativeToTheVault() {
        TreeTableView<ImportReportDialog.Item> table = lookup("#importReportTable").query();
        List<TreeItem<ImportReportDialog.Item>> groups = table.getRoot().getChildren();
        assertThat(groups).extracting(g -> g.getValue().reason()).containsExactly(
                "Rejected: not UTF-8 text (2 files)", "Rejected: file is over 5 MB (1 file)",
                "Warning: front matter needs repair (1 file)");
        assertThat(groups.get(0).getChildren()).extracting(i -> i.getValue().file())
                .containsExactly("Inbox/bad.md", "Old/worse.md");
        TreeItem<ImportReportDialog.Item> warning = groups.get(2).getChildren().get(0);
        assertThat(warning.getValue().file()).isEqualTo("Templates/Meeting.md");
        assertThat(warning.getValue().reason()).startsWith("line 3: `{{ DATE }}` is a template placeholder");
        assertThat(((Stage) table.getScene().getWindow()).isResizable()).isTrue();
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Reason", "File");
    }

    @Test
    void openFileOpensTheSelectedFileAndStaysOpen() {
        TreeTableView<ImportReportDialog.Item> table = lookup("#importReportTable").query();
        javafx.scene.control.Button open = lookup("#importReportOpen").queryButton();
        assertThat(open.isDisabled()).as("nothing selected yet").isTrue();
        interact(() -> table.getSelectionModel().select(table.getRoot().getChildren().get(2).getChildren().get(0)));
        assertThat(open.isDisabled()).isFalse();
        clickOn(open);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(vault.resolve("Templates/Meeting.md"));
        assertThat(table.getScene().getWindow().isShowing()).isTrue();
    }
}
