package app.dealbrief.workspace;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.UserSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code settings.json} in the data folder: the user's Preferences as a file they can also edit by hand.
 * A missing file is the defaults; a broken one fails with the file and field named, and is never
 * overwritten by a save until it reads again (the user's hand edits are not lost).
 */
final class SettingsFile {
    static final String NAME = "settings.json";

    private SettingsFile() {
    }

    static UserSettings read(Path dataDir) {
        Path f = dataDir.resolve(NAME);
        if (!Files.isRegularFile(f)) {
            return UserSettings.NONE;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(f.toFile());
        } catch (IOException e) {
            throw new DealBriefException(f + " is not valid JSON: " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new DealBriefException(f + " must hold a JSON object");
        }
        String me = null;
        String company = null;
        List<String> meAliases = List.of();
        JsonNode meNode = root.get("me");
        if (meNode != null && !meNode.isNull()) {
            if (meNode.isTextual()) {
                me = blankToNull(meNode.asText());
            } else if (meNode.isObject()) {
                me = meNode.hasNonNull("name") ? blankToNull(text(f, meNode.get("name"), "me.name")) : null;
                meAliases = strings(f, meNode.get("aliases"), "me.aliases");
                company = meNode.hasNonNull("company") ? blankToNull(text(f, meNode.get("company"), "me.company")) : null;
            } else {
                throw new DealBriefException(f + ": field 'me' must be a name or {\"name\", \"aliases\"}");
            }
        }
        List<String> excluded = strings(f, root.get("excludedFolders"), "excludedFolders");
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        JsonNode al = root.get("aliases");
        if (al != null && !al.isNull()) {
            if (!al.isObject()) {
                throw new DealBriefException(f + ": field 'aliases' must map an account to its other names");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = al.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                aliases.put(e.getKey(), strings(f, e.getValue(), "aliases." + e.getKey()));
            }
        }
        JsonNode stale = root.get("staleDays");
        if (stale != null && !stale.isNull() && !stale.canConvertToInt()) {
            throw new DealBriefException(f + ": field 'staleDays' must be a whole number of days");
        }
        int staleDays = stale == null || stale.isNull() ? UserSettings.DEFAULT_STALE_DAYS : stale.asInt();
        return new UserSettings(me, meAliases, excluded, aliases, staleDays, company);
    }

    /** Written to a temporary file and moved into place, so a crash never leaves half a file. */
    static void write(Path dataDir, UserSettings s) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode me = root.putObject("me");
        me.put("name", s.me());
        ArrayNode aka = me.putArray("aliases");
        s.meAliases().forEach(aka::add);
        me.put("company", s.myCompany());
        ArrayNode ex = root.putArray("excludedFolders");
        s.excludedFolders().forEach(ex::add);
        ObjectNode al = root.putObject("aliases");
        s.aliases().forEach((k, v) -> {
            ArrayNode a = al.putArray(k);
            v.forEach(a::add);
        });
        root.put("staleDays", s.staleDays());
        Path f = dataDir.resolve(NAME);
        try {
            Files.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, NAME, ".tmp");
            Files.writeString(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            try {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DealBriefException("Cannot save " + f + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(Path f, JsonNode n, String field) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (n.isTextual()) {
            return List.of(n.asText());
        }
        if (!n.isArray()) {
            throw new DealBriefException(f + ": field '" + field + "' must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String s = text(f, n.get(i), field + "[" + i + "]");
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String text(Path f, JsonNode n, String field) {
        if (n == null || !n.isTextual()) {
            throw new DealBriefException(f + ": field '" + field + "' must be a string");
        }
        return n.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
