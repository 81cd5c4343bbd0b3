package app.dealbrief.notes;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits a note into YAML front matter and body. Broken front matter is common in real vaults
 * (unfilled templates), so it never fails: it yields an empty map and a warning, and the text is kept.
 */
final class FrontMatter {
    static final String REPAIR = "front matter needs repair: ";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private FrontMatter() {
    }

    /** @param warning null when the front matter is fine or absent */
    record Split(Map<String, Object> map, String body, String warning, int bodyLine) {
    }

    static Split split(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd, false)) {
            return new Split(new LinkedHashMap<>(), text, null, 1);
        }
        int start = next(text, firstEnd);
        int line = 2;
        for (int i = start; i < text.length(); i = next(text, lineEnd(text, i)), line++) {
            int end = lineEnd(text, i);
            if (isFence(text, i, end, true)) {
                String yaml = text.substring(start, i);
                String body = text.substring(next(text, end));
                return parse(yaml, body, line + 1);
            }
        }
        return new Split(new LinkedHashMap<>(), text, REPAIR + "no closing ---", 1);
    }

    private static Split parse(String yaml, String body, int bodyLine) {
        if (yaml.isBlank()) {
            return new Split(new LinkedHashMap<>(), body, null, bodyLine);
        }
        Object value;
        try {
            value = YAML.readValue(yaml, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at != null && at.getLineNr() > 0 ? " at line " + (at.getLineNr() + 1) : "";
            return new Split(new LinkedHashMap<>(), body, REPAIR + "invalid YAML" + where, bodyLine);
        } catch (RuntimeException | StackOverflowError e) {
            // SnakeYAML limits (nesting, aliases, size) surface as unchecked errors; still just a warning
            return new Split(new LinkedHashMap<>(), body, REPAIR + "invalid YAML", bodyLine);
        }
        if (value == null) {
            return new Split(new LinkedHashMap<>(), body, null, bodyLine);
        }
        if (!(value instanceof Map<?, ?> m)) {
            return new Split(new LinkedHashMap<>(), body, REPAIR + "not a key/value mapping", bodyLine);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        m.forEach((k, v) -> map.put(String.valueOf(k), v));
        return new Split(map, body, null, bodyLine);
    }

    private static boolean isFence(String text, int from, int to, boolean closing) {
        int end = to;
        while (end > from && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t'
                || text.charAt(end - 1) == '\r')) {
            end--;
        }
        String s = text.substring(from, Math.min(end, from + 4));
        return end - from == 3 && (s.equals("---") || closing && s.equals("..."));
    }

    private static int lineEnd(String text, int from) {
        int n = text.indexOf('\n', from);
        return n < 0 ? text.length() : n;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(lineEnd + 1, text.length());
    }
}
