package app.dealbrief.store.search;

import app.dealbrief.domain.Note;
import java.time.LocalDate;
import java.util.Set;
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

    /**
     * Markdown reduced to one line of readable text: heading, quote and list marks, bold, code
     * ticks and table bars go; wiki links and links keep their text. Stored this way so a snippet
     * never shows "**" or "[[" and its offsets stay valid for highlighting. One hand-written pass:
     * regular expressions here were the largest cost of a rebuild.
     */
    static String plain(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            int eol = markdown.indexOf('\n', i);
            if (eol < 0) {
                eol = n;
            }
            if (!isTableRule(markdown, i, eol)) {
                inline(markdown, skipLineMark(markdown, i, eol), eol, out);
                space(out);
            }
            i = eol + 1;
        }
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
        return out.toString();
    }

    /** A table's "|---|:--:|" line: only bars, dashes, colons and blanks, with a bar and a dash. */
    private static boolean isTableRule(String s, int from, int eol) {
        boolean bar = false;
        boolean dash = false;
        for (int i = from; i < eol; i++) {
            char c = s.charAt(i);
            if (c == '|') {
                bar = true;
            } else if (c == '-') {
                dash = true;
            } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return bar && dash;
    }

    /** Index after a leading "## ", "> ", "- ", "- [x] ", "1. " on the line [from, eol). */
    private static int skipLineMark(String s, int from, int eol) {
        int i = from;
        while (i < eol && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        int j = i;
        if (j < eol && s.charAt(j) == '#') {
            while (j < eol && s.charAt(j) == '#') {
                j++;
            }
            return j - i <= 6 && j < eol && s.charAt(j) == ' ' ? j + 1 : i;
        }
        if (j < eol && s.charAt(j) == '>') {
            return j + 1;
        }
        if (j + 1 < eol && "-*+".indexOf(s.charAt(j)) >= 0 && s.charAt(j + 1) == ' ') {
            j += 2;
            if (j + 3 < eol && s.charAt(j) == '[' && s.charAt(j + 2) == ']' && s.charAt(j + 3) == ' ') {
                j += 4;
            }
            return j;
        }
        while (j < eol && Character.isDigit(s.charAt(j))) {
            j++;
        }
        if (j > i && j + 1 < eol && (s.charAt(j) == '.' || s.charAt(j) == ')') && s.charAt(j + 1) == ' ') {
            return j + 2;
        }
        return i;
    }

    private static void inline(String s, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '[' && i + 1 < to && s.charAt(i + 1) == '[') {
                int close = s.indexOf("]]", i + 2);
                if (close >= 0 && close < to) {
                    String inner = s.substring(i + 2, close);
                    int bar = inner.indexOf('|');
                    out.append(bar >= 0 ? inner.substring(bar + 1) : inner);
                    i = close + 2;
                    continue;
                }
            } else if (c == '[' || (c == '!' && i + 1 < to && s.charAt(i + 1) == '[')) {
                int open = c == '!' ? i + 1 : i;
                int close = s.indexOf("](", open);
                int end = close < 0 ? -1 : s.indexOf(')', close);
                if (close >= 0 && end >= 0 && end < to && s.indexOf(']', open) == close) {
                    out.append(s, open + 1, close);
                    i = end + 1;
                    continue;
                }
            } else if ((c == '*' || c == '_' || c == '~') && i + 1 < to && s.charAt(i + 1) == c) {
                space(out);
                i += 2;
                continue;
            } else if (c == '`' || c == '|' || Character.isWhitespace(c)) {
                space(out);
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
    }

    /** Appends one space unless the text is empty or already ends with one. */
    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
