package app.dealbrief.ui.notes;

import app.dealbrief.domain.NoteSummary;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NotesViewModelTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final NotesViewModel vm = new NotesViewModel(new FakeWorkspace(Path.of("x")), new DirectBackground(), dialogs);

    @Test
    void listsNotesNewestFirstAndOpensOne() {
        vm.load("Microsoft");
        assertThat(vm.notes()).extracting(NoteSummary::id).containsExactly("ms-1", "ms-2", "ms-3");
        assertThat(vm.notes().get(2).flags()).contains("front matter needs repair");
        vm.open("ms-2", "MAIA is ramping");
        assertThat(vm.currentProperty().get().title()).isEqualTo("Azure storage roadmap review");
        assertThat(vm.highlightProperty().get()).isEqualTo("MAIA is ramping");
    }

    @Test
    void switchingAccountsClosesTheOtherAccountsNote() {
        vm.load("Microsoft");
        vm.open("ms-2", null);
        assertThat(vm.currentProperty().get()).isNotNull();
        vm.load("OpenAI");
        assertThat(vm.currentProperty().get()).as("no Microsoft note beside the OpenAI list").isNull();
        assertThat(vm.selectedIdProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
        vm.open("ms-2", null);
        assertThat(vm.currentProperty().get()).as("a note can be opened again after the switch").isNotNull();
    }

    @Test
    void aMissingNoteIsReportedInWords() {
        vm.open("gone", null);
        assertThat(dialogs.shown).singleElement().asString().contains("no longer in the store");
    }

    @Test
    void wikiLinksBecomeLinksWithOurScheme() {
        assertThat(MarkdownView.rewriteWikiLinks("see [[OpenAI]] and [[Inbox/a b.md|Announcements]] or [[Oracle#Deal]]"))
                .isEqualTo("see [OpenAI](wiki:OpenAI) and [Announcements](wiki:Inbox%2Fa+b.md) or [Oracle](wiki:Oracle)");
    }
}
