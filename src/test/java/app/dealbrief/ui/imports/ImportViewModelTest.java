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
    private final ImportViewModel vm = new ImportViewModel(ws, ws, new DirectBackground(), dialogs, () -> reloads++);

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
    void aVaultWithArchiveFoldersIsOfferedToLeaveThemOut(@org.junit.jupiter.api.io.TempDir Path vault) throws Exception {
        java.nio.file.Files.createDirectories(vault.resolve("Inbox/_archive"));
        java.nio.file.Files.createDirectories(vault.resolve("pre-reimport-2025-10-01"));
        ws.setNextImport(new ImportReport(2, 0, 0, List.of(), List.of()));
        dialogs.folder = vault;
        vm.chooseFolderAndImport();
        assertThat(dialogs.shown.get(0)).startsWith("confirm: Leave out archive folders?")
                .contains("_archive, pre-reimport-2025-10-01");
        assertThat(ws.settings().excludedFolders()).containsExactly("_archive/**", "pre-reimport-2025-10-01/**");
        assertThat(ws.importCalls).isEqualTo(1);

        dialogs.shown.clear();
        vm.chooseFolderAndImport();
        assertThat(dialogs.shown).as("offered once: the user has excluded folders now")
                .noneMatch(s -> s.startsWith("confirm: Leave out"));
    }

    @Test
    void afterTheFirstRealImportTheSampleAccountsAreOfferedForRemoval() {
        ws.add(new app.dealbrief.testutil.NoteBuilder().account("Microsoft (sample)").build());
        ws.setNextImport(new ImportReport(5, 0, 0, List.of(), List.of()));
        dialogs.folder = Path.of("/v");
        vm.chooseFolderAndImport();
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("confirm: Remove the sample accounts?"));
        assertThat(ws.accounts()).noneMatch(app.dealbrief.domain.AccountSummary::sample);
        assertThat(reloads).isEqualTo(1);
    }

    @Test
    void detailsAreEmptyWhenNothingWentWrong() {
        assertThat(ImportViewModel.details(new ImportReport(3, 0, 0, List.of(), List.of()))).isEmpty();
    }
}
