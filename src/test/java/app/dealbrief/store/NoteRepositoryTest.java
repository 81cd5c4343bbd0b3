package app.dealbrief.store;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static app.dealbrief.testutil.NoteBuilder.note;
import static org.assertj.core.api.Assertions.assertThat;

class NoteRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void storedNotesSurviveReopeningTheStore() {
        try (Database db = Database.open(dir)) {
            NoteRepository notes = new NoteRepository(db, (a, b) -> Long.bitCount(a ^ b) <= 2);
            db.write(c -> notes.insert(c, note().title("Older").date("2025-10-01").path("/v/a.md").build(), "h1", 1L));
            db.write(c -> notes.insert(c, note().title("Newer").date("2025-11-12").path("/v/b.md").link("OpenAI").build(), "h2", 2L));
            db.write(c -> notes.insert(c, note().account("OpenAI").title("Other").date((String) null).build(), "h3", 3L));
        }
        try (Database db = Database.open(dir)) {
            NoteRepository notes = new NoteRepository(db, (a, b) -> Long.bitCount(a ^ b) <= 2);
            assertThat(notes.accounts()).containsExactly(
                    new AccountSummary("Microsoft", 2, LocalDate.of(2025, 11, 12)),
                    new AccountSummary("OpenAI", 1, null));
            assertThat(notes.notesOf("MICROSOFT")).extracting(StoredNote::title).containsExactly("Newer", "Older");
            assertThat(notes.knownPaths()).containsOnlyKeys("/v/a.md", "/v/b.md");
        }
    }

    @Test
    void updateKeepsThePreviousTextAsARevision() {
        try (Database db = Database.open(dir)) {
            NoteRepository notes = new NoteRepository(db, (a, b) -> Long.bitCount(a ^ b) <= 2);
            Note first = note().body("first version").path("/v/a.md").build();
            String id = db.write(c -> notes.insert(c, first, "h1", 1L));
            db.write(c -> {
                notes.update(c, id, note().body("second version").path("/v/a.md").build(), "h2", 1L, "import");
                return null;
            });
            assertThat(notes.find(id).orElseThrow().text()).contains("second version");
            assertThat(notes.revisionTexts(id)).singleElement().asString().contains("first version");
        }
    }

    @Test
    void nearIdenticalNotesOfOneMeetingAreGrouped() {
        try (Database db = Database.open(dir)) {
            NoteRepository notes = new NoteRepository(db, (a, b) -> Long.bitCount(a ^ b) <= 2);
            String a = db.write(c -> notes.insert(c, note().path("/v/a.md").build(), "h1", 0b1111L));
            String b = db.write(c -> notes.insert(c, note().path("/v/b.md").build(), "h2", 0b1110L));
            String other = db.write(c -> notes.insert(c, note().path("/v/c.md").build(), "h3", -1L));
            assertThat(notes.find(b).orElseThrow().duplicateOf()).isEqualTo(a);
            assertThat(notes.find(other).orElseThrow().duplicateOf()).isNull();
        }
    }

    @Test
    void linkedOrganisationsResolveAsAccountStubs() {
        try (Database db = Database.open(dir)) {
            NoteRepository notes = new NoteRepository(db, (a, b) -> Long.bitCount(a ^ b) <= 2);
            db.write(c -> notes.insert(c, note().link("CoreWeave").link("Inbox/file.md").build(), "h", 1L));
            assertThat(notes.findAccount("coreweave")).contains("CoreWeave");
            assertThat(notes.findAccount("microsoft")).contains("Microsoft");
            assertThat(notes.findAccount("Inbox/file.md")).isEmpty();
            assertThat(notes.accounts()).extracting(AccountSummary::name).containsExactly("Microsoft");
        }
    }

    @Test
    void trashedAccountsLeaveTheListing() {
        try (Database db = Database.open(dir)) {
            NoteRepository notes = new NoteRepository(db, (a, b) -> Long.bitCount(a ^ b) <= 2);
            db.write(c -> notes.insert(c, note().build(), "h", 1L));
            assertThat(notes.trashAccount("microsoft")).isEqualTo(1);
            assertThat(notes.accounts()).isEmpty();
        }
    }
}
