package app.dealbrief.notes;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a note into YAML front matter and body. Broken front matter is common in real vaults
 * (unfilled templates), so it never fails: it yields an empty map and a warning, and the text is kept.
 */
final class FrontMatter {
    static final String REPAIR = "front matter needs repair: ";
    // Read with the streaming parser, into plain maps, lists, strings, numbers and booleans (what an
    // ObjectMapper would give for Object.class) without creating an ObjectMapper: the first one in a JVM
    // costs ~230 ms, and every cold start that shows a briefing parses front matter.
    private static final YAMLFactory YAML = new YAMLFactory();

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
            value = read(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at != null && at.getLineNr() > 0 ? at.getLineNr() : 0;
            return new Split(new LinkedHashMap<>(), body, REPAIR + YamlHints.explain(yaml, line, e.getOriginalMessage()),
                    bodyLine);
        } catch (IOException | RuntimeException | StackOverflowError e) {
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

    /** The YAML document as maps, lists and scalars; null when it holds nothing. */
    static Object read(String yaml) throws IOException {
        try (JsonParser p = YAML.createParser(yaml)) {
            return p.nextToken() == null ? null : value(p);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    m.put(key, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return t == JsonToken.VALUE_NUMBER_FLOAT ? (Object) p.getDoubleValue() : p.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return t == JsonToken.VALUE_TRUE;
            }
            case VALUE_EMBEDDED_OBJECT -> {
                return p.getEmbeddedObject();
            }
            default -> { // VALUE_NULL
                return null;
            }
        }
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
