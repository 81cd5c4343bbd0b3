package app.dealbrief.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Blocks to sentences to clauses. Everything is a single left-to-right scan (no regex), so a
 * pathological 1 MB line costs linear time.
 */
final class Segmenter {
    /**
     * One clause of a sentence. {@code lead} is the text that governs a list: the part before a colon
     * ("Microsoft–OpenAI agreement: A; B") or before a parenthesised list ("the terms (A; B)"), else null.
     */
    record Clause(String text, String lead, String sentence, boolean listItem) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "etc", "inc", "corp", "ltd", "co",
            "mr", "ms", "mrs", "dr", "st", "no", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "fig", "al");
    private static final int MAX_LEAD_WORDS = 12;

    private Segmenter() {
    }

    static List<String> sentences(String block) {
        List<String> out = new ArrayList<>();
        if (block == null) {
            return out;
        }
        String s = block.replace('\n', ' ').replace('\r', ' ');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && isCloser(s.charAt(j))) {
                j++;
            }
            if (j < n && !Character.isWhitespace(s.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < n && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            if (k < n && !startsSentence(s.charAt(k))) {
                continue;
            }
            if (c == '.' && isAbbreviation(s, i)) {
                continue;
            }
            add(out, s.substring(start, j));
            start = k;
            i = k - 1;
        }
        if (start < n) {
            add(out, s.substring(start));
        }
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201d' || c == '\'' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '('
                || c == '$' || c == '[' || c == '\u2018' || c == '\'';
    }

    private static boolean isAbbreviation(String s, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        String word = s.substring(b, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<String> out, String sentence) {
        String t = sentence.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    static List<Clause> clauses(String sentence) {
        List<Clause> out = new ArrayList<>();
        String lead = null;
        String body = sentence;
        int colon = leadColon(sentence);
        if (colon > 0) {
            lead = sentence.substring(0, colon).strip();
            body = sentence.substring(colon + 1);
        }
        int[] group = listGroup(body);
        if (group != null) {
            String prefix = body.substring(0, group[0]).strip();
            String innerLead = prefix.isEmpty() ? lead : prefix;
            for (String item : splitTop(body.substring(group[0] + 1, group[1]), ';')) {
                addClause(out, item, innerLead, sentence, true);
            }
            body = body.substring(0, group[0]).stripTrailing() + " "
                    + body.substring(Math.min(body.length(), group[1] + 1)).stripLeading();
        }
        List<String> items = splitTop(body, ';');
        boolean list = lead != null || items.size() > 1;
        for (String item : items) {
            addClause(out, item, lead, sentence, list);
        }
        return out;
    }

    private static void addClause(List<Clause> out, String item, String lead, String sentence, boolean list) {
        String t = trimClause(item);
        if (!t.isEmpty()) {
            out.add(new Clause(t, lead, sentence, list));
        }
    }

    static String trimClause(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".;,:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Index of a colon that ends a short lead-in ("Guidance suggested:"), else -1. Not "10:30", not "://". */
    static int leadColon(String s) {
        if (s.indexOf(':') < 0) {
            return -1;
        }
        int depth = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0) {
                boolean clock = i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                        && Character.isDigit(s.charAt(i + 1));
                boolean url = i + 1 < s.length() && s.charAt(i + 1) == '/';
                if (!clock && !url) {
                    return i > 0 && words <= MAX_LEAD_WORDS && i + 1 < s.length() ? i : -1;
                }
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
                if (words > MAX_LEAD_WORDS) {
                    return -1;
                }
            }
            inWord = letter;
        }
        return -1;
    }

    /** The first top-level bracket group holding a ';' list: {open, close}, else null. */
    private static int[] listGroup(String s) {
        if (s.indexOf(';') < 0) {
            return null; // no list without a semicolon
        }
        int depth = 0;
        int open = -1;
        boolean semi = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                if (depth == 0) {
                    open = i;
                    semi = false;
                }
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
                if (depth == 0 && semi) {
                    return new int[] {open, i};
                }
            } else if (c == ';' && depth == 1) {
                semi = true;
            }
        }
        return depth > 0 && semi ? new int[] {open, s.length()} : null;
    }

    /** Splits on sep outside brackets. */
    static List<String> splitTop(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == sep && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** Collapses a clause to a key for near-duplicate matching: lower case letters and digits only. */
    static String normalise(String s) {
        char[] b = new char[s.length()]; // never longer than s: a space is written only before a kept char
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '$') {
                if (space && n > 0) {
                    b[n++] = ' ';
                }
                b[n++] = Character.toLowerCase(c);
                space = false;
            } else {
                space = true;
            }
        }
        return new String(b, 0, n);
    }
}
