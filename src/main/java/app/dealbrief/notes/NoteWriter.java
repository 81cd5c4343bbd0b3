package app.dealbrief.notes;

import app.dealbrief.domain.Note;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Notes back to markdown files: safe names and front matter. */
public final class NoteWriter {
    static final int MAX_NAME = 120;
    private static final List<String> KEY_ORDER = List.of("type", "title", "date", "account", "participants",
            "source", "source_ref", "tags");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private NoteWriter() {
    }

    /** {@code YYYY-MM-DD - Title.md}, or {@code Title.md} without a date; safe on Windows, macOS and Linux. */
    public static String safeFileName(LocalDate date, String title) {
        String prefix = date == null ? "" : date + " - ";
        String stem = clean(title, MAX_NAME - prefix.length() - ".md".length());
        return prefix + stem + ".md";
    }

    /** A folder name for an account; "Unassigned" when there is none. */
    public static String safeFolderName(String account) {
        String name = clean(account, MAX_NAME);
        return name.equals("Untitled") ? "Unassigned" : name;
    }

    private static String clean(String raw, int max) {
        StringBuilder sb = new StringBuilder();
        String s = raw == null ? "" : raw;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20 || cp == 0x7F || Character.getType(cp) == Character.CONTROL) {
                sb.append(' ');
            } else if ("/\\:*?\"<>|".indexOf(cp) >= 0) {
                sb.append('-');
            } else if (cp == '.' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '.') {
                continue; // ".." never survives, so no name can climb out of its folder
            } else {
                sb.appendCodePoint(cp);
            }
        }
        String name = sb.toString().replaceAll("\\s+", " ").strip();
        name = stripLeadingDots(name);
        name = truncate(name, max);
        name = trimTrailing(name);
        if (name.isEmpty()) {
            return "Untitled";
        }
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        if (RESERVED.contains(base.strip().toUpperCase(Locale.ROOT))) {
            name = base.strip() + "_" + (dot < 0 ? "" : name.substring(dot));
        }
        return name;
    }

    private static String stripLeadingDots(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ' ')) {
            i++;
        }
        return s.substring(i);
    }

    private static String trimTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Cuts to {@code max} chars without splitting a surrogate pair. */
    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /** The note's own text when it has one (exact round trip), else front matter built from its fields. */
    public static String render(Note note) {
        if (note.text() != null) {
            return note.text();
        }
        Map<String, Object> fm = new LinkedHashMap<>();
        putIfPresent(fm, "type", note.type());
        putIfPresent(fm, "title", note.title());
        putIfPresent(fm, "date", note.date() == null ? null : note.date().toString());
        putIfPresent(fm, "account", note.account());
        fm.put("participants", note.participants());
        putIfPresent(fm, "source", note.source());
        putIfPresent(fm, "source_ref", note.sourceRef());
        fm.put("tags", note.tags());
        note.frontMatter().forEach(fm::putIfAbsent);
        return withFrontMatter(fm, note.body() == null ? "" : note.body());
    }

    /**
     * Front matter (known keys first in the usual order, then the rest as given) followed by the body.
     * Line endings follow the body's, so a CRLF note stays CRLF.
     */
    public static String withFrontMatter(Map<String, Object> frontMatter, String body) {
        String b = body == null ? "" : body;
        if (frontMatter == null || frontMatter.isEmpty()) {
            return b;
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String k : KEY_ORDER) {
            if (frontMatter.containsKey(k)) {
                ordered.put(k, plain(frontMatter.get(k)));
            }
        }
        frontMatter.forEach((k, v) -> ordered.putIfAbsent(k, plain(v)));
        String yaml;
        try {
            yaml = YAML.writeValueAsString(ordered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("front matter cannot be written as YAML", e);
        }
        String nl = b.contains("\r\n") ? "\r\n" : "\n";
        String fm = "---\n" + yaml + (yaml.endsWith("\n") ? "" : "\n") + "---\n";
        return (nl.equals("\n") ? fm : fm.replace("\n", nl)) + b;
    }

    /** Dates as ISO strings (no Jackson time module here), containers copied recursively. */
    private static Object plain(Object v) {
        if (v instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (v instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            c.forEach(o -> out.add(plain(o)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, o) -> out.put(String.valueOf(k), plain(o)));
            return out;
        }
        return v;
    }

    private static void putIfPresent(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
