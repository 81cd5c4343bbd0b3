package app.dealbrief.ui.imports;

import app.dealbrief.domain.ImportReport;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportViewModelTest {
    private final FakeWorkspace ws = new FakeWorkspace(Path.of("x"));
    private final FakeDialogs dialogs = new FakeDialogs();
    private int reloads;
    private final ImportViewModel vm = new ImportViewModel(ws, new DirectBackground(), dialogs, () -> reloads++);

    @Test
    void endsWithACopyableReportAndReloads() {
        ws.setNextImport(new ImportReport(12, 1, 40,
                List.of(new ImportReport.Problem("/v/bad.md", "not UTF-8")),
                List.of(new ImportReport.Problem("/v/t.md", "front matter needs repair: not valid YAML"))));
        dialogs.folder = Path.of("/v");
        vm.chooseFolderAndImport();
        assertThat(dialogs.shown).singleElement().asString()
                .startsWith("report: Import finished: Imported 12, updated 1, unchanged 40, rejected 1, warnings 1")
                .contains("REJECTED /v/bad.md: not UTF-8")
                .contains("WARNING /v/t.md: front matter needs repair: not valid YAML");
        assertThat(reloads).isEqualTo(1);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("imported 12, updated 1, unchanged 40, rejected 1, warnings 1");
    }

    @Test
    void cancellingTheChooserImportsNothing() {
        vm.chooseFolderAndImport();
        vm.chooseFilesAndImport();
        assertThat(ws.importCalls).isZero();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void detailsAreEmptyWhenNothingWentWrong() {
        assertThat(ImportViewModel.details(new ImportReport(3, 0, 0, List.of(), List.of()))).isEmpty();
    }
}
