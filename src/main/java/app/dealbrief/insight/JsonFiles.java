package app.dealbrief.insight;

import app.dealbrief.domain.DealBriefException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled and user JSON files, turning every shape problem into a message naming file and field.
 *
 * <p>The tree is built from Jackson's streaming parser rather than {@code ObjectMapper.readTree}: creating
 * the first ObjectMapper in a JVM costs ~230 ms (annotation introspection, type factory), which was the
 * largest single item of a cold {@code brief} or {@code sheet}, for two small files that need none of it.
 */
final class JsonFiles {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;

    JsonFiles(String file) {
        this.file = file;
    }

    static JsonNode classpath(String resource) {
        try (InputStream in = JsonFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DealBriefException("The bundled " + resource + " is missing from the application");
            }
            return readTree(JSON.createParser(in));
        } catch (IOException e) {
            throw new DealBriefException("The bundled " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The user's file, or null when there is none. */
    static JsonNode user(Path path) {
        if (path == null || !Files.isRegularFile(path)) {
            return null;
        }
        try {
            JsonNode node = readTree(JSON.createParser(path.toFile()));
            if (node == null || !node.isObject()) {
                throw new DealBriefException(path + ": the file must hold one JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new DealBriefException(path + " is not valid JSON: " + firstLine(e.getMessage()), e);
        }
    }

    /** The document as a tree, or null when the input is empty. */
    static JsonNode readTree(JsonParser parser) throws IOException {
        try (JsonParser p = parser) {
            return p.nextToken() == null ? null : value(p);
        }
    }

    private static JsonNode value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, value(p));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    DealBriefException error(String field, String problem) {
        return new DealBriefException(file + ": field '" + field + "' " + problem);
    }

    JsonNode object(JsonNode parent, String name, String field) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw error(field, "must be an object");
        }
        return n;
    }

    JsonNode array(JsonNode parent, String name, String field) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw error(field, "must be a list");
        }
        return n;
    }

    String text(JsonNode parent, String name, String field, boolean required) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                throw error(field, "is missing");
            }
            return null;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw error(field, "must be a non-empty string");
        }
        return n.asText().strip();
    }

    List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw error(field, "must be a list of strings");
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isTextual()) {
                throw error(field + "[" + i + "]", "must be a string");
            }
            out.add(e.asText());
        }
        return out;
    }
}
