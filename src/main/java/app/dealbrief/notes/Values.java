package app.dealbrief.notes;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lenient reading of front-matter values: real vaults write the same key many ways. */
final class Values {
    private Values() {
    }

    /**
     * One string from a value. Unquoted {@code account: [[Microsoft]]} is YAML for a list inside a list,
     * so single-element lists are unwrapped; wiki brackets are stripped. Blank becomes null.
     */
    static String text(Object value) {
        Object v = value;
        while (v instanceof Collection<?> c && !c.isEmpty()) {
            v = c.iterator().next();
        }
        if (v == null || v instanceof Collection<?> || v instanceof Map<?, ?>) {
            return null;
        }
        String s = stripLink(String.valueOf(v));
        return s.isBlank() ? null : s;
    }

    /** A list from a YAML list or a comma (or semicolon) separated string; blanks dropped, order kept. */
    static List<String> list(Object value) {
        List<String> out = new ArrayList<>();
        addAll(value, out);
        return out;
    }

    private static void addAll(Object value, List<String> out) {
        if (value == null || value instanceof Map<?, ?>) {
            return;
        }
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                addAll(o, out);
            }
            return;
        }
        for (String part : splitList(String.valueOf(value))) {
            String s = stripLink(part);
            if (!s.isBlank()) {
                out.add(s);
            }
        }
    }

    /**
     * Splits on commas and semicolons that are not inside [[ ]] (an alias may hold a comma) or parentheses
     * ("Greg Halvorsen (Director, Azure AI)" is one person).
     */
    static List<String> splitList(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ';') && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** {@code [[Name#part|alias]]} -> Name; plain text is trimmed and returned as is. */
    static String stripLink(String s) {
        String t = s.strip();
        if (t.startsWith("[[") && t.endsWith("]]") && t.length() > 4) {
            WikiLinks.Parsed p = WikiLinks.split(t.substring(2, t.length() - 2));
            return !p.target().isEmpty() ? p.target() : p.display();
        }
        return t;
    }

    /** A date from a YAML date, a {@code 2025-11-12} or {@code 2025-11-12T09:30} string, else null. */
    static LocalDate date(Object value) {
        Object v = value;
        while (v instanceof Collection<?> c && !c.isEmpty()) {
            v = c.iterator().next();
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (v instanceof TemporalAccessor t) {
            try {
                return LocalDate.from(t);
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (v instanceof CharSequence cs) {
            String s = stripLink(cs.toString());
            return isoDateAt(s, 0);
        }
        return null;
    }

    /** Parses YYYY-MM-DD starting at {@code i}, or null when there is none (or it is no real date). */
    static LocalDate isoDateAt(String s, int i) {
        if (i < 0 || i + 10 > s.length()) {
            return null;
        }
        for (int k = 0; k < 10; k++) {
            char c = s.charAt(i + k);
            boolean dash = k == 4 || k == 7;
            if (dash ? c != '-' : (c < '0' || c > '9')) {
                return null;
            }
        }
        if (i + 10 < s.length() && Character.isDigit(s.charAt(i + 10))) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(i, i + 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first YYYY-MM-DD anywhere in {@code s}, or null. Linear: each start is checked in constant time. */
    static LocalDate firstIsoDate(String s) {
        for (int i = 0; i + 10 <= s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
                LocalDate d = isoDateAt(s, i);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Removes duplicates ignoring case, keeping the first spelling and the order. */
    static List<String> distinctIgnoreCase(List<String> names) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String n : names) {
            seen.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
        }
        return new ArrayList<>(seen.values());
    }
}
