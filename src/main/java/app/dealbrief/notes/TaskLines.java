package app.dealbrief.notes;

import java.util.Locale;

/**
 * Changes the status of one task line in a note's text ({@code - [ ] text} to {@code - [x] text}), leaving
 * every other character as it was, so ticking an item in the briefing is a small, reviewable edit.
 */
public final class TaskLines {
    /** The new text and the status character the line had before. */
    public record Change(String text, char previous) {
    }

    private TaskLines() {
    }

    /**
     * The text with the first task line whose item text matches {@code item} (ignoring case, punctuation,
     * owner and date markers) set to {@code status}; null when no such line is in the text.
     */
    public static Change setStatus(String text, String item, char status) {
        String want = key(item);
        if (want.isEmpty()) {
            return null;
        }
        int i = 0;
        while (i <= text.length()) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = text.length();
            }
            int box = checkbox(text, i, end);
            if (box >= 0 && key(text.substring(box + 3, end)).startsWith(want)) {
                char previous = text.charAt(box + 1);
                String changed = text.substring(0, box + 1) + status + text.substring(box + 2);
                return new Change(changed, previous);
            }
            i = end + 1;
        }
        return null;
    }

    /** Index of the '[' of a "- [c] " task marker on the line [from, to), or -1. */
    private static int checkbox(String s, int from, int to) {
        int i = from;
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '>')) {
            i++;
        }
        if (i < to && "-*+".indexOf(s.charAt(i)) >= 0) {
            i++;
        } else {
            int d = i;
            while (d < to && Character.isDigit(s.charAt(d))) {
                d++;
            }
            if (d == i || d >= to || (s.charAt(d) != '.' && s.charAt(d) != ')')) {
                return -1;
            }
            i = d + 1;
        }
        if (i >= to || s.charAt(i) != ' ') {
            return -1;
        }
        while (i < to && s.charAt(i) == ' ') {
            i++;
        }
        return i + 2 < to && s.charAt(i) == '[' && s.charAt(i + 2) == ']' ? i : -1;
    }

    private static String key(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.isEmpty() || w.startsWith("@") || w.startsWith("#") || Character.getType(w.codePointAt(0)) == Character.OTHER_SYMBOL) {
                continue;
            }
            for (int k = 0; k < w.length(); k++) {
                if (Character.isLetterOrDigit(w.charAt(k))) {
                    b.append(w.charAt(k));
                }
            }
        }
        return b.toString();
    }
}
