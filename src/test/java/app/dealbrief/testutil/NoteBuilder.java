package app.dealbrief.testutil;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.WikiLink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds domain notes for tests without going through the parser. */
public final class NoteBuilder {
    private String account = "Microsoft";
    private String title = "Weekly sync";
    private LocalDate date = LocalDate.of(2025, 11, 12);
    private String path;
    private String body = "Some text.";
    private final List<WikiLink> links = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public static NoteBuilder note() {
        return new NoteBuilder();
    }

    public NoteBuilder account(String a) {
        account = a;
        return this;
    }

    public NoteBuilder title(String t) {
        title = t;
        return this;
    }

    public NoteBuilder date(LocalDate d) {
        date = d;
        return this;
    }

    public NoteBuilder date(String iso) {
        date = iso == null ? null : LocalDate.parse(iso);
        return this;
    }

    public NoteBuilder path(String p) {
        path = p;
        return this;
    }

    public NoteBuilder body(String b) {
        body = b;
        return this;
    }

    public NoteBuilder link(String target) {
        links.add(new WikiLink(target, null, null));
        return this;
    }

    public NoteBuilder warning(String w) {
        warnings.add(w);
        return this;
    }

    public Note build() {
        String text = "---\ntitle: \"" + title + "\"\n---\n\n# " + title + "\n\n" + body + "\n";
        return new Note(null, account, title, date, "customer", "transcript", null, List.of(), List.of(), path, text,
                Map.of("title", title), body, List.of(), links, List.of(), warnings);
    }
}
