package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.NoteTitle;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.Revision;
import app.dealbrief.domain.SearchHit;
import app.dealbrief.domain.TaggedNote;
import app.dealbrief.domain.UnsavedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Workspace} does, run against the real one and the UI tests' fake, so the fake cannot
 * drift from what the view models meet in the app. Each test builds its own state through the interface,
 * under account names no implementation starts with.
 */
public abstract class WorkspaceContract {
    private static final String ACCOUNT = "Contoso Contract";
    private Workspace w;

    /** A fresh workspace; it may start with notes of its own, but none under {@link #ACCOUNT}. */
    protected abstract Workspace open();

    /** A folder the export may write to. */
    protected abstract Path scratch();

    @BeforeEach
    void start() {
        w = open();
    }

    @AfterEach
    void stop() {
        w.close();
    }

    private static NoteDraft draft(String title) {
        return new NoteDraft(title, "2025-11-12", "customer", List.of("Dana"), List.of("capacity"), "meeting");
    }

    private Note created() {
        return w.createNote(ACCOUNT, draft("Kickoff"));
    }

    @Test
    public void anUnknownAccountHasAnEmptyBriefingAndTimeline() {
        Briefing b = w.briefing("Nobody Such");
        assertThat(b.account()).isEqualTo("Nobody Such");
        assertThat(b.noteCount()).isZero();
        assertThat(b.asOf()).isNull();
        assertThat(b.partnershipTerms()).isEmpty();
        assertThat(b.acceleratorMix()).isEmpty();
        assertThat(b.pitches()).isEmpty();
        assertThat(b.actionItems()).isEmpty();
        assertThat(w.timeline("Nobody Such")).isEmpty();
        assertThat(w.notes("Nobody Such")).isEmpty();
        assertThat(w.corrections("Nobody Such")).isEmpty();
    }

    @Test
    public void accountsAreFoundWhateverTheCase() {
        created();
        assertThat(w.findAccount("contoso CONTRACT")).contains(ACCOUNT);
        assertThat(w.findAccount("Nobody Such")).isEmpty();
        assertThat(w.findAccount(" ")).isEmpty();
        assertThat(w.findAccount(null)).isEmpty();
    }

    @Test
    public void aCreatedNoteIsListedEverywhere() {
        Note n = created();
        assertThat(n.id()).isNotBlank();
        assertThat(n.account()).isEqualTo(ACCOUNT);
        assertThat(n.title()).isEqualTo("Kickoff");
        assertThat(n.date()).hasToString("2025-11-12");
        assertThat(n.tags()).containsExactly("capacity");
        assertThat(w.accounts()).filteredOn(a -> a.name().equals(ACCOUNT)).singleElement()
                .satisfies(a -> {
                    assertThat(a.noteCount()).isEqualTo(1);
                    assertThat(a.newestNote()).hasToString("2025-11-12");
                    assertThat(a.sample()).isFalse();
                });
        assertThat(w.notes(ACCOUNT.toLowerCase())).extracting(NoteSummary::id).containsExactly(n.id());
        assertThat(w.note(n.id())).map(Note::title).contains("Kickoff");
        assertThat(w.noteTitles()).extracting(NoteTitle::id).contains(n.id());
        assertThat(w.taggedNotes(ACCOUNT)).singleElement().extracting(TaggedNote::tags)
                .isEqualTo(List.of("capacity"));
        assertThat(w.briefing(ACCOUNT).noteCount()).isEqualTo(1);
        assertThat(w.briefing(ACCOUNT).account()).isEqualTo(ACCOUNT);
    }

    @Test
    public void aNoteNeedsAnAccountAndAValidDraft() {
        assertThatThrownBy(() -> w.createNote(" ", draft("Kickoff"))).isInstanceOf(DealBriefException.class);
        assertThatThrownBy(() -> w.createNote(ACCOUNT, draft(" "))).isInstanceOf(DealBriefException.class)
                .hasMessage("Title is empty");
        assertThat(w.findAccount(ACCOUNT)).isEmpty();
    }

    @Test
    public void aSaveReplacesTheTextAndKeepsTheOldOneAsARevision() {
        Note n = created();
        Note saved = w.saveNote(n.id(), draft("Kickoff"), "# Kickoff\n\nZanzibarian storage plans.\n");
        assertThat(saved.body()).contains("Zanzibarian storage plans.");
        assertThat(w.note(n.id()).orElseThrow().body()).contains("Zanzibarian storage plans.");
        List<Revision> history = w.history(n.id());
        assertThat(history).isNotEmpty();
        assertThat(history.get(0).text()).contains("# Kickoff").doesNotContain("Zanzibarian");
        assertThat(w.search("zanzibarian", 10)).extracting(SearchHit::noteId).contains(n.id());

        Note back = w.restoreRevision(n.id(), history.get(0).id());
        assertThat(back.body()).doesNotContain("Zanzibarian");
        assertThatThrownBy(() -> w.restoreRevision(n.id(), -1)).isInstanceOf(DealBriefException.class);
    }

    @Test
    public void unknownNotesAreEmptyOrFailWithAMessage() {
        assertThat(w.note("no-such-note")).isEmpty();
        assertThat(w.history("no-such-note")).isEmpty();
        assertThat(w.matchingPassage("no-such-note", "storage")).isEmpty();
        assertThat(w.setActionItemStatus("no-such-note", "Send the deck", 'x')).isEmpty();
        assertThatThrownBy(() -> w.saveNote("no-such-note", "# Text\n")).isInstanceOf(DealBriefException.class);
        assertThatThrownBy(() -> w.saveNote("no-such-note", draft("Text"), "# Text\n"))
                .isInstanceOf(DealBriefException.class);
    }

    @Test
    public void aTrashedNoteLeavesTheListsAndComesBack() {
        Note n = created();
        w.trashNote(n.id());
        assertThat(w.notes(ACCOUNT)).isEmpty();
        assertThat(w.findAccount(ACCOUNT)).isEmpty();
        assertThat(w.trash()).extracting(NoteSummary::id).contains(n.id());
        w.restoreNote(n.id());
        assertThat(w.notes(ACCOUNT)).extracting(NoteSummary::id).containsExactly(n.id());
        assertThat(w.trash()).extracting(NoteSummary::id).doesNotContain(n.id());

        w.trashNote(n.id());
        assertThat(w.emptyTrash()).isPositive();
        assertThat(w.trash()).isEmpty();
        assertThat(w.note(n.id())).isEmpty();
    }

    @Test
    public void aRemovedAccountGoesToTheTrash() {
        Note n = created();
        w.removeAccount(ACCOUNT);
        assertThat(w.accounts()).extracting(AccountSummary::name).doesNotContain(ACCOUNT);
        assertThat(w.trash()).extracting(NoteSummary::id).contains(n.id());
    }

    @Test
    public void correctionsShowInTheBriefingUntilUndone() {
        created();
        Pitch mine = new Pitch("Offer a capacity pilot", "My own idea.", Pitch.Origin.NOTE, null, null, null);
        Correction stored = w.correct(Correction.pitch(Correction.Kind.ADD, ACCOUNT, null, mine));
        assertThat(stored.id()).isPositive();
        assertThat(w.corrections(ACCOUNT)).extracting(Correction::id).containsExactly(stored.id());
        assertThat(w.briefing(ACCOUNT).pitches()).extracting(Pitch::headline).contains("Offer a capacity pilot");

        w.setPitchStatus(ACCOUNT, "Offer a capacity pilot", Pitch.Status.LANDED);
        assertThat(w.briefing(ACCOUNT).pitches()).filteredOn(p -> p.headline().equals("Offer a capacity pilot"))
                .singleElement().extracting(Pitch::status).isEqualTo(Pitch.Status.LANDED);

        w.undoCorrection(stored.id());
        assertThat(w.corrections(ACCOUNT)).isEmpty();
        assertThat(w.briefing(ACCOUNT).pitches()).extracting(Pitch::headline).doesNotContain("Offer a capacity pilot");
        w.undoCorrection(stored.id()); // an unknown id does nothing
    }

    @Test
    public void unsavedTextIsKeptUntilSavedOrDropped() {
        Note n = created();
        assertThat(w.unsaved()).isEmpty();
        w.keepUnsaved(n.id(), "# Kickoff\n\nTyped but not saved.\n");
        assertThat(w.unsaved()).singleElement().satisfies(u -> {
            assertThat(u.noteId()).isEqualTo(n.id());
            assertThat(u.account()).isEqualTo(ACCOUNT);
            assertThat(u.body()).contains("Typed but not saved.");
        });
        w.dropUnsaved(n.id());
        assertThat(w.unsaved()).isEmpty();

        w.keepUnsaved(n.id(), "# Kickoff\n\nTyped, then saved.\n");
        w.saveNote(n.id(), draft("Kickoff"), "# Kickoff\n\nTyped, then saved.\n");
        assertThat(w.unsaved()).extracting(UnsavedText::noteId).doesNotContain(n.id());
    }

    @Test
    public void preferencesAndSettingsRoundTrip() {
        assertThat(w.preference("contract.unset")).isNull();
        w.setPreference("contract.key", "value");
        assertThat(w.preference("contract.key")).isEqualTo("value");
        w.saveSettings(w.settings().withExcludedFolders(List.of("Archive/**")));
        assertThat(w.settings().excludedFolders()).containsExactly("Archive/**");
        assertThat(w.encrypted()).isFalse();
    }

    @Test
    public void exportingAnUnknownAccountFails() {
        assertThatThrownBy(() -> w.export(scratch(), "Nobody Such")).isInstanceOf(DealBriefException.class)
                .hasMessageContaining("Nobody Such");
    }
}
