package app.dealbrief.store.search;

import app.dealbrief.domain.Note;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Field names and the Note -> Lucene document mapping. */
final class NoteDocs {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String ACCOUNT = "account";
    static final String TAG = "tag";
    static final String PERSON = "person";
    /** Note type and source in one field: "type:transcript" matches either. */
    static final String KIND = "kind";
    /** Epoch day: a point for ranges, doc values for newest-first, stored for the hit. */
    static final String DAY = "day";

    /** What a hit needs back; the other fields are indexed only. */
    static final Set<String> STORED = Set.of(ID, TITLE, ACCOUNT, BODY, DAY);

    private NoteDocs() {
    }

    static Document toDocument(Note note) {
        if (note.id() == null || note.id().isBlank()) {
            throw new IllegalArgumentException("a note needs a store id before it is indexed");
        }
        Document doc = new Document();
        doc.add(new StringField(ID, note.id(), Store.YES));
        doc.add(new TextField(TITLE, nz(note.title()), Store.YES));
        doc.add(new TextField(ACCOUNT, nz(note.account()), Store.YES));
        doc.add(new TextField(BODY, plain(note.body()), Store.YES));
        for (String tag : note.tags()) {
            doc.add(new TextField(TAG, nz(tag), Store.NO));
        }
        for (String person : note.participants()) {
            doc.add(new TextField(PERSON, nz(person), Store.NO));
        }
        doc.add(new TextField(KIND, nz(note.type()), Store.NO));
        doc.add(new TextField(KIND, nz(note.source()), Store.NO));
        LocalDate date = note.date();
        if (date != null) {
            long day = date.toEpochDay();
            doc.add(new LongPoint(DAY, day));
            doc.add(new NumericDocValuesField(DAY, day));
            doc.add(new StoredField(DAY, day));
        }
        return doc;
    }

    private static final Pattern WIKI = Pattern.compile("\\[\\[([^\\]|]*)(?:\\|([^\\]]*))?]]");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINE_MARK = Pattern.compile("(?m)^[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+(?:\\[[ xX]][ \\t]+)?|\\d+[.)][ \\t]+)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`+|~~|\\|");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /**
     * Markdown reduced to one line of readable text. Stored this way so a snippet never shows
     * "**" or "[[" and its offsets stay valid for highlighting.
     */
    static String plain(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String s = WIKI.matcher(markdown).replaceAll(m -> quote(m.group(2) != null ? m.group(2) : m.group(1)));
        s = LINK.matcher(s).replaceAll(m -> quote(m.group(1)));
        s = LINE_MARK.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll(" ");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    private static String quote(String s) {
        return java.util.regex.Matcher.quoteReplacement(s);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
