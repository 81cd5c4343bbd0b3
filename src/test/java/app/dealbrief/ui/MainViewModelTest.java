package app.dealbrief.ui;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.UnsavedText;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private FakeWorkspace ws;
    private MainViewModel vm;

    private MainViewModel vm() {
        ws = new FakeWorkspace(dir);
        Clock clock = Clock.fixed(Instant.parse("2025-11-24T10:00:00Z"), ZoneOffset.UTC);
        return new MainViewModel(ws, ws, ws, new DirectBackground(), dialogs, clock);
    }

    @Test
    void exportSaysHowManyNotesWentWhere() {
        vm = vm();
        dialogs.folder = dir.resolve("out");
        vm.exportNotes();
        assertThat(ws.exportedTo).isEqualTo(dir.resolve("out"));
        assertThat(vm.statusProperty().get()).isEqualTo("Exported 9 notes to " + dir.resolve("out"));
    }

    @Test
    void nothingHappensWhenTheChooserIsCancelled() {
        vm = vm();
        vm.exportNotes();
        vm.backupNow();
        assertThat(ws.exportedTo).isNull();
        assertThat(ws.backedUpTo).isNull();
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void backupGoesToTheChosenFile() {
        vm = vm();
        dialogs.saveTo = dir.resolve("b.zip");
        vm.backupNow();
        assertThat(ws.backedUpTo).isEqualTo(dir.resolve("b.zip"));
        assertThat(vm.statusProperty().get()).isEqualTo("Backed up to " + dir.resolve("b.zip"));
    }

    @Test
    void restoreAsksFirstAndReloadsAfter() {
        vm = vm();
        dialogs.openFile = dir.resolve("old.zip");
        List<String> reloads = new ArrayList<>();
        dialogs.confirmAnswer = false;
        vm.restoreBackup(() -> reloads.add("reload"));
        assertThat(ws.restoredFrom).isNull();

        dialogs.confirmAnswer = true;
        vm.restoreBackup(() -> reloads.add("reload"));
        assertThat(ws.restoredFrom).isEqualTo(dir.resolve("old.zip"));
        assertThat(reloads).containsExactly("reload");
        assertThat(vm.statusProperty().get()).startsWith("Restored old.zip; the previous store is kept at ");
    }

    @Test
    void thePassphraseReachesTheStoreAndTheOfferIsRemembered() {
        vm = vm();
        dialogs.passphrase = "correct horse";
        vm.setPassphrase();
        assertThat(ws.passphrase).isEqualTo("correct horse");
        assertThat(vm.statusProperty().get()).startsWith("The store is encrypted");

        vm.passphraseOfferAnswered();
        assertThat(ws.preference(MainViewModel.OFFERED)).isEqualTo("2025-11-24");
    }

    @Test
    void aFailureClearsTheStatusAndShowsTheMessage() {
        vm = vm();
        ws.failSaves = new DealBriefException("The disk is full");
        dialogs.saveTo = dir.resolve("b.zip");
        vm.backupNow();
        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(dialogs.shown).containsExactly("error: Could not back up: The disk is full");
    }

    @Test
    void unsavedTextIsRecoveredOnlyWhenTheUserSaysSo() {
        vm = vm();
        UnsavedText left = new UnsavedText("ms-2", "Microsoft", "Azure storage roadmap review", Instant.now(),
                "# Azure storage roadmap review\n\nTyped before the crash.\n");
        ws.keepUnsaved("ms-2", left.body());
        List<String> opened = new ArrayList<>();

        dialogs.confirmAnswer = false;
        vm.offerRecovery(List.of(left), u -> opened.add(u.noteId()));
        assertThat(ws.kept).doesNotContainKey("ms-2");
        assertThat(ws.saved).isEmpty();
        assertThat(opened).isEmpty();

        dialogs.confirmAnswer = true;
        vm.offerRecovery(List.of(left), u -> opened.add(u.noteId()));
        assertThat(ws.saved).containsExactly(left.body());
        assertThat(opened).containsExactly("ms-2");
        assertThat(vm.statusProperty().get()).isEqualTo("Recovered your unsaved edits to Azure storage roadmap review");
    }
}
