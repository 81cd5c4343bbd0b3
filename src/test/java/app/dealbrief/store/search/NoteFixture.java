package app.dealbrief.store.search;

import app.dealbrief.domain.Note;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Test data builder: only what search reads; the rest of the record is empty. */
final class NoteFixture {
    private final String id;
    private String account = "Acme";
    private String title = "Untitled";
    private LocalDate date = LocalDate.of(2025, 11, 12);
    private String type = "customer";
    private String source = "meeting";
    private List<String> tags = List.of();
    private List<String> people = List.of();
    private String body = "";

    private NoteFixture(String id) {
        this.id = id;
    }

    static NoteFixture note(String id) {
        return new NoteFixture(id);
    }

    NoteFixture account(String v) { account = v; return this; }
    NoteFixture title(String v) { title = v; return this; }
    NoteFixture date(String v) { date = v == null ? null : LocalDate.parse(v); return this; }
    NoteFixture type(String v) { type = v; return this; }
    NoteFixture source(String v) { source = v; return this; }
    NoteFixture tags(String... v) { tags = List.of(v); return this; }
    NoteFixture people(String... v) { people = List.of(v); return this; }
    NoteFixture body(String v) { body = v; return this; }

    /** A note with every optional field null, as a sloppy import might produce. */
    static Note bare(String id) {
        return new Note(id, null, null, null, null, null, null, List.of(), List.of(), null, null,
                null, null, List.of(), List.of(), List.of(), List.of());
    }

    Note build() {
        return new Note(id, account, title, date, type, source, null, people, tags, null, body,
                Map.of(), body, List.of(), List.of(), List.of(), List.of());
    }
}
