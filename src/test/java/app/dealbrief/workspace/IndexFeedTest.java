package app.dealbrief.workspace;

import app.dealbrief.domain.Note;
import app.dealbrief.notes.NoteParser;
import app.dealbrief.store.Database;
import app.dealbrief.store.NoteEdits;
import app.dealbrief.store.NoteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The index rebuild's feed: every live note once, across pages and past a page of trashed notes. */
class IndexFeedTest {
    @TempDir
    Path dir;

    @Test
    void everyLiveNoteOnceAcrossPagesAndTheTrash() {
        NoteParser parser = new NoteParser();
        try (Database db = Database.open(dir)) {
            NoteRepository notes = new NoteRepository(db, (a, b) -> false);
            NoteEdits edits = new NoteEdits(db, notes, Instant::now);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 650; i++) {
                Note n = parser.parse("---\ntitle: Note " + i + "\ntags: [t" + i + "]\nparticipants: [Ana Lee]\n---\nBody " + i
                        + " about capacity.\n", "/v/" + i + ".md", "Acme");
                ids.add(db.write(c -> notes.insert(c, n, "h" + n.title(), 0L)));
            }
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(null);
            Set<String> trashed = new HashSet<>(sorted.subList(150, 420)); // more than a whole page
            trashed.forEach(edits::trash);
            Set<String> seen = new HashSet<>();
            Iterator<Note> feed = IndexFeed.live(notes, parser);
            while (feed.hasNext()) {
                Note n = feed.next();
                assertThat(seen.add(n.id())).isTrue();
                assertThat(n.body()).startsWith("Body ");
                assertThat(n.tags()).hasSize(1);
                assertThat(n.participants()).containsExactly("Ana Lee");
                assertThat(n.account()).isEqualTo("Acme");
            }
            Set<String> live = new HashSet<>(ids);
            live.removeAll(trashed);
            assertThat(seen).isEqualTo(live);
        }
    }
}
