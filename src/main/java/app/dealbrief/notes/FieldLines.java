package app.dealbrief.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code **Date**: ...}, {@code **Account**: [[X]]} and {@code Attendees: ...} lines that many meeting
 * templates put in the body instead of the front matter. The first line of each kind wins.
 */
record FieldLines(LocalDate date, String account, List<String> attendees) {
    private static final int MAX_LABEL = 40;

    static FieldLines read(String body) {
        LocalDate date = null;
        String account = null;
        List<String> people = new ArrayList<>();
        boolean sawPeople = false;
        int i = 0;
        while (i < body.length()) {
            int end = body.indexOf('\n', i);
            if (end < 0) {
                end = body.length();
            }
            String[] field = field(body, i, end);
            i = end + 1;
            if (field == null) {
                continue;
            }
            String value = field[1];
            switch (field[0]) {
                case "date", "meeting date" -> {
                    if (date == null) {
                        date = Values.firstIsoDate(value);
                    }
                }
                case "account", "customer", "company" -> {
                    if (account == null && !value.isBlank()) {
                        account = Values.stripLink(Values.splitList(value).get(0));
                        account = account.isBlank() ? null : account;
                    }
                }
                case "attendees", "participants", "people" -> {
                    if (!sawPeople) {
                        sawPeople = !value.isBlank();
                        for (String p : Values.splitList(value)) {
                            String name = Values.stripLink(p.strip().startsWith("@") ? p.strip().substring(1) : p);
                            if (!name.isBlank()) {
                                people.add(name);
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new FieldLines(date, account, people);
    }

    /** [label lower-case, value] for a {@code label: value} line, or null. Looks at most 40 chars for a label. */
    private static String[] field(String s, int from, int to) {
        int i = from;
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '-' || s.charAt(i) == '>')) {
            i++;
        }
        int colon = -1;
        for (int k = i; k < Math.min(to, i + MAX_LABEL); k++) {
            if (s.charAt(k) == ':') {
                colon = k;
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        String label = s.substring(i, colon).replace("*", "").replace("_", "").strip().toLowerCase(Locale.ROOT);
        int v = colon + 1;
        // "**Date:** 2025-11-12" closes the bold after the colon
        while (v < to && (s.charAt(v) == '*' || s.charAt(v) == '_')) {
            v++;
        }
        String value = s.substring(v, to).strip();
        return new String[] {label, value};
    }
}
