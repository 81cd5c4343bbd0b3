package app.dealbrief.workspace;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.notes.NoteWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Note texts built from form fields: front matter is always written by us, so it is always valid YAML. */
final class NoteTexts {
    private NoteTexts() {
    }

    static String newNote(String account, NoteDraft d) {
        Map<String, Object> fm = new LinkedHashMap<>();
        put(fm, "type", d.type());
        fm.put("title", d.title());
        put(fm, "date", d.date());
        fm.put("account", account);
        if (!d.participants().isEmpty()) {
            fm.put("participants", d.participants());
        }
        put(fm, "source", d.source());
        if (!d.tags().isEmpty()) {
            fm.put("tags", d.tags());
        }
        return NoteWriter.withFrontMatter(fm, "# " + d.title() + "\n\n");
    }

    /**
     * The note with a new body and the form's fields. Unchanged fields keep the original front matter byte
     * for byte; changed ones rewrite it with every unknown key kept. A CRLF note stays CRLF (text controls
     * hand back LF).
     */
    static String withFields(Note existing, NoteDraft d, String body) {
        String b = body == null ? "" : body;
        String oldBody = existing.body() == null ? "" : existing.body();
        if (oldBody.contains("\r\n") && !b.contains("\r\n")) {
            b = b.replace("\n", "\r\n");
        }
        String text = existing.text() == null ? "" : existing.text();
        if (NoteDraft.of(existing).equals(d) && text.endsWith(oldBody)) {
            return text.substring(0, text.length() - oldBody.length()) + b;
        }
        Map<String, Object> fm = new LinkedHashMap<>(existing.frontMatter());
        put(fm, "type", d.type());
        put(fm, "title", d.title());
        put(fm, "date", d.date());
        list(fm, "participants", d.participants());
        put(fm, "source", d.source());
        list(fm, "tags", d.tags());
        return NoteWriter.withFrontMatter(fm, b);
    }

    private static void put(Map<String, Object> fm, String key, String value) {
        if (value == null || value.isBlank()) {
            fm.remove(key);
        } else {
            fm.put(key, value);
        }
    }

    private static void list(Map<String, Object> fm, String key, List<String> values) {
        if (values.isEmpty() && !fm.containsKey(key)) {
            return;
        }
        fm.put(key, values);
    }
}
