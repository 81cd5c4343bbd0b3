package app.dealbrief.workspace;

import app.dealbrief.domain.Note;
import app.dealbrief.notes.NoteParser;
import app.dealbrief.store.NoteRepository;
import app.dealbrief.store.StoredNote;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Every live note as the search index reads it, page by page from the store. The index needs a note's body,
 * tags and people besides the stored columns, not its markdown sections: reading those for every note made
 * an index rebuild cost a second parse of the whole store, and holding every stored text at once made the
 * import of a 25 MB vault grow the heap.
 */
final class IndexFeed implements Iterator<Note> {
    private static final int PAGE = 200;

    private final NoteRepository notes;
    private final NoteParser parser;
    private List<StoredNote> page = List.of();
    private int next;
    private String after;
    private boolean last;

    private IndexFeed(NoteRepository notes, NoteParser parser) {
        this.notes = notes;
        this.parser = parser;
    }

    static Iterator<Note> live(NoteRepository notes, NoteParser parser) {
        return new IndexFeed(notes, parser);
    }

    /** A stored note as the index reads it (its sections, links and tasks left empty). */
    static Note indexed(StoredNote s, NoteParser parser) {
        NoteParser.Indexed r = parser.indexed(s.text());
        return new Note(s.id(), s.account(), s.title(), s.date(), s.type(), s.source(), null, r.people(), r.tags(),
                s.path(), s.text(), Map.of(), r.body(), List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public boolean hasNext() {
        while (next >= page.size()) {
            if (last) {
                return false;
            }
            NoteRepository.Page p = notes.livePage(after, PAGE);
            page = p.notes();
            next = 0;
            after = p.next();
            last = after == null;
        }
        return true;
    }

    @Override
    public Note next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return indexed(page.get(next++), parser);
    }
}
