package app.dealbrief.ui.editor;

import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.Revision;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditorViewModelTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeWorkspace ws = new FakeWorkspace(Path.of("x"));
    private final EditorViewModel vm = new EditorViewModel(ws, new DirectBackground(), dialogs,
            Clock.fixed(Instant.parse("2026-11-26T14:03:09Z"), ZoneOffset.UTC));

    @Test
    void typingMarksUnsavedAndSavingSaysSavedOnlyAfterTheWorkspaceReturned() {
        vm.open(ws.note("ms-2").orElseThrow());
        assertThat(vm.statusProperty().get()).isEmpty();
        vm.save();
        assertThat(ws.saved).as("nothing typed, nothing saved").isEmpty();
        vm.bodyProperty().set(vm.bodyProperty().get() + "More.\n");
        assertThat(vm.statusProperty().get()).isEqualTo(EditorViewModel.UNSAVED);
        vm.save();
        assertThat(ws.saved).singleElement().asString().endsWith("More.\n");
        assertThat(vm.statusProperty().get()).isEqualTo("Saved 14:03:09");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.history()).hasSize(1);
    }

    @Test
    void typedTextGoesToTheUnsavedJournalBeforeAnySave() {
        vm.open(ws.note("ms-2").orElseThrow());
        vm.bodyProperty().set("first line");
        vm.bodyProperty().set("first line\nsecond line");
        assertThat(ws.kept).containsEntry("ms-2", "first line\nsecond line");
    }

    @Test
    void aFailedSaveKeepsTheTextAndSaysSo() {
        vm.open(ws.note("ms-2").orElseThrow());
        ws.failSaves = new app.dealbrief.domain.DealBriefException("The disk is full");
        vm.bodyProperty().set("Keep me");
        vm.save();
        assertThat(vm.statusProperty().get()).isEqualTo("Not saved: The disk is full");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(dialogs.shown).hasSize(1);
        ws.failSaves = null;
        vm.save();
        assertThat(ws.saved).containsExactly("Keep me");
        assertThat(vm.statusProperty().get()).startsWith("Saved");
    }

    @Test
    void switchingNotesSavesTheOneBeingTyped() {
        vm.open(ws.note("ms-2").orElseThrow());
        vm.bodyProperty().set("typed just before switching");
        vm.open(ws.note("ms-1").orElseThrow());
        assertThat(ws.note("ms-2").orElseThrow().body()).isEqualTo("typed just before switching");
        assertThat(vm.bodyProperty().get()).isEqualTo(ws.note("ms-1").orElseThrow().body());
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void anInvalidFormIsNotSavedAndSaysWhy() {
        vm.open(ws.note("ms-2").orElseThrow());
        vm.dateProperty().set("next Tuesday");
        vm.save();
        assertThat(ws.saved).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Not saved: Date must be YYYY-MM-DD");
        vm.dateProperty().set("2026-11-24");
        vm.titleProperty().set("Renamed");
        vm.save();
        assertThat(ws.note("ms-2").orElseThrow().title()).isEqualTo("Renamed");
    }

    @Test
    void historyShowsADiffAndRestoreBringsTheOldTextBack() {
        vm.open(ws.note("ms-2").orElseThrow());
        String original = vm.bodyProperty().get();
        vm.bodyProperty().set(original + "Added line\n");
        vm.save();
        Revision r = vm.history().get(0);
        vm.showDiff(r);
        assertThat(vm.diff()).anySatisfy(l -> assertThat(l.op() + l.text()).isEqualTo("+Added line"));
        vm.restore(r);
        assertThat(vm.bodyProperty().get()).isEqualTo(original);
        assertThat(ws.note("ms-2").orElseThrow().body()).isEqualTo(original);
        assertThat(vm.history()).extracting(Revision::kind).contains(Revision.RESTORE);
    }

    @Test
    void newNoteUsesTheFormAndTheCurrentAccount() {
        List<String> created = new ArrayList<>();
        vm.newNote(null, n -> created.add(n.id()));
        assertThat(dialogs.shown).singleElement().asString().contains("Select an account first");
        dialogs.draft = new NoteDraft("Fresh", "2026-11-26", "customer", List.of(), List.of(), "meeting");
        vm.newNote("Oracle", n -> created.add(n.id()));
        assertThat(created).hasSize(1);
        assertThat(ws.notes("Oracle")).extracting(NoteSummary::title).contains("Fresh");
    }

    @Test
    void trashAsksFirstAndDeclinedKeepsTheNote() {
        vm.open(ws.note("or-1").orElseThrow());
        dialogs.confirmAnswer = false;
        vm.trash();
        assertThat(dialogs.shown).anyMatch(m -> m.startsWith("confirm: Move to trash?"));
        assertThat(vm.currentProperty().get()).isNotNull();
        assertThat(ws.notes("Oracle")).hasSize(1);
    }

    @Test
    void trashThenRestoreThenEmptyWithConfirmation() {
        vm.open(ws.note("or-1").orElseThrow());
        vm.trash();
        assertThat(vm.currentProperty().get()).isNull();
        assertThat(ws.notes("Oracle")).isEmpty();
        List<String> changes = new ArrayList<>();
        TrashViewModel trash = new TrashViewModel(ws, new DirectBackground(), dialogs, () -> changes.add("x"));
        trash.load();
        assertThat(trash.notes()).extracting(NoteSummary::id).containsExactly("or-1");
        trash.restore(trash.notes().get(0));
        assertThat(ws.notes("Oracle")).hasSize(1);
        ws.trashNote("or-1");
        trash.load();
        dialogs.confirmAnswer = false;
        trash.emptyTrash();
        assertThat(trash.notes()).hasSize(1);
        dialogs.confirmAnswer = true;
        trash.emptyTrash();
        assertThat(trash.notes()).isEmpty();
        assertThat(changes).hasSize(2);
    }
}
