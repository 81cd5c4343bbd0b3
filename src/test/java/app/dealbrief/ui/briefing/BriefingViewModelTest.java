package app.dealbrief.ui.briefing;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Pitch;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 24);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeWorkspace ws = new FakeWorkspace(Path.of("x"));
    private final BriefingViewModel vm = new BriefingViewModel(ws, ws, new DirectBackground(),
            dialogs, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void loadsTheBriefingOfTheSelectedAccount() {
        vm.load("microsoft");
        Briefing b = vm.briefingProperty().get();
        assertThat(b.account()).isEqualTo("Microsoft");
        assertThat(b.partnershipTerms()).hasSize(5);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void tickingAnItemMarksItDoneInItsNoteAndUndoPutsTheStatusBack() {
        vm.load("Microsoft");
        var item = vm.briefingProperty().get().actionItems().get(0);
        vm.actionItems().markDone(item);
        assertThat(ws.statusChanges).containsExactly(item.noteId() + ":" + item.text() + ":x");
        assertThat(vm.actionItems().messageProperty().get()).startsWith("Done: ");
        assertThat(vm.actionItems().canUndo()).isTrue();
        vm.actionItems().undo();
        assertThat(ws.statusChanges).last().isEqualTo(item.noteId() + ":" + item.text() + ": ");
        assertThat(vm.actionItems().canUndo()).isFalse();
    }

    @Test
    void anAccountWithoutNotesShowsAnEmptyBriefing() {
        vm.load("Nobody");
        assertThat(dialogs.shown).isEmpty();
        assertThat(vm.briefingProperty().get().noteCount()).isZero();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedBuildShowsTheMessage() {
        ws.failBriefings = new app.dealbrief.domain.DealBriefException("The lexicon is broken");
        vm.load("Microsoft");
        assertThat(dialogs.shown).singleElement().asString().contains("The lexicon is broken");
        assertThat(vm.briefingProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void headerSaysHowStaleTheNewestNoteIs() {
        assertThat(BriefingFormat.subtitle(FakeWorkspace.microsoft(), TODAY))
                .isEqualTo("as of 2025-11-12 · 3 notes · newest note 12 days old");
    }

    @Test
    void openItemsShowOverdueFirstAndHideDoneOnes() {
        var items = BriefingFormat.openItems(FakeWorkspace.microsoft().actionItems(), TODAY);
        assertThat(items).extracting(ActionItem::text).containsExactly("Send Token Plane benchmark", "Book Fairwater follow-up");
        assertThat(BriefingFormat.overdue(items.get(0), TODAY)).isTrue();
        assertThat(BriefingFormat.overdue(items.get(1), TODAY)).isFalse();
    }

    @Test
    void historySaysWhatARoleWasBefore() {
        assertThat(BriefingFormat.historyLines(FakeWorkspace.microsoft()))
                .containsExactly("Microsoft MAIA: lagging since 2025-11-12, was ramping (2025-09-03)");
    }

    @Test
    void mentionsAddUpPerVendor() {
        assertThat(BriefingFormat.mentionsByVendor(FakeWorkspace.microsoft()))
                .containsEntry("NVIDIA", 3).containsEntry("Microsoft", 2).containsEntry("OpenAI", 1);
    }

    @Test
    void pitchStatusIsKeptPerAccount() {
        vm.load("Microsoft");
        Pitch p = vm.briefingProperty().get().pitches().get(0);
        assertThat(vm.pitchStatuses().status(p)).isEqualTo(Pitch.Status.TO_TRY);
        vm.pitchStatuses().setStatus(p, Pitch.Status.LANDED);
        vm.load("OpenAI");
        vm.load("Microsoft");
        assertThat(vm.pitchStatuses().status(vm.briefingProperty().get().pitches().get(0))).isEqualTo(Pitch.Status.LANDED);
    }
}
