package app.dealbrief.notes;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a value written where an account belongs names one. Template leftovers ({@code {{ account }}},
 * {@code <% tp.file.folder() %>}), empty links, "_Unknown_" and the template's own example text are missing
 * values, not accounts: a vault full of unfilled templates must not grow an account per placeholder.
 */
public final class AccountValues {
    /** Example and "don't know" words templates and people leave in an account field, lower case. */
    private static final Set<String> MISSING = Set.of("unknown", "company", "company name", "account",
            "account name", "customer", "customer name", "client", "client name", "organization", "organisation",
            "org", "name", "n/a", "na", "none", "null", "nil", "tbd", "tbc", "todo", "to do", "-", "--", "?", "...",
            "xxx", "placeholder", "unassigned", "misc", "other", "various", "internal", "personal", "folder leaf",
            "untitled");

    private AccountValues() {
    }

    /** The account a raw value names, trimmed (non-breaking spaces too), or null when it names none. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace('\u00a0', ' ').replace('\u200b', ' ').replace('\ufeff', ' ').strip();
        if (s.contains("{{") || s.contains("}}") || s.contains("<%") || s.contains("%>") || s.contains("${")) {
            return null;
        }
        s = Values.stripLink(s);
        s = strip(s, "\"'`*_[]()");
        if (s.isEmpty() || s.length() > 120 || s.indexOf('\n') >= 0) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
        if (MISSING.contains(lower) || !hasLetter(s)) {
            return null;
        }
        return s;
    }

    private static String strip(String s, String chars) {
        int a = 0;
        int b = s.length();
        while (a < b && (chars.indexOf(s.charAt(a)) >= 0 || Character.isWhitespace(s.charAt(a)))) {
            a++;
        }
        while (b > a && (chars.indexOf(s.charAt(b - 1)) >= 0 || Character.isWhitespace(s.charAt(b - 1)))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
