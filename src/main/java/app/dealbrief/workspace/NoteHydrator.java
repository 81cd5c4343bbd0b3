package app.dealbrief.workspace;

import app.dealbrief.domain.Note;
import app.dealbrief.notes.NoteParser;
import app.dealbrief.store.StoredNote;

/** Stored notes back to {@link Note}s: their text parsed again, once the parser has warmed up. Thread-safe. */
final class NoteHydrator {
    private final NoteParser parser = new NoteParser();

    Note parse(String text, String path, String account) {
        Warmup.awaitExtraction();
        return parser.parse(text, path, account);
    }

    /** A stored note, parsed again from its text; the stored id and account win over what the text says. */
    Note toNote(StoredNote s) {
        Note n = parse(s.text(), s.path(), s.account());
        return new Note(s.id(), s.account(), n.title(), n.date(), n.type(), n.source(), n.sourceRef(),
                n.participants(), n.tags(), s.path(), n.text(), n.frontMatter(), n.body(), n.sections(), n.links(),
                n.actionItems().stream().map(a -> a.withNote(s.id(), n.date())).toList(), n.warnings());
    }
}
