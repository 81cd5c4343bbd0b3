package app.dealbrief.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lower-cased word tokens with their character offsets. Punctuation and dashes separate tokens, so
 * "right-of-first-refusal" and "Microsoft–OpenAI" match the same phrases as their spaced forms.
 * A possessive "'s" is dropped ("OpenAI's ASIC" reads as "openai asic") and "n't" becomes "not".
 */
final class Tokens {
    /** @param cased the word as written when it has a capital letter ("Labs", "AI"), else null */
    record Tok(String w, int start, int end, String cased) {
        Tok(String w, int start, int end) {
            this(w, start, end, null);
        }

        /** Written with a capital first letter or digit-led name ("Tessera", "AI", "G42"). */
        boolean capitalised() {
            return cased != null && Character.isUpperCase(cased.charAt(0));
        }
    }

    private Tokens() {
    }

    /**
     * The tokens of every text one reader has split, so a sentence or clause that several extractors read
     * is split (and its words hashed) once. The lists handed out are shared: callers must not change them.
     * Not thread-safe: one per {@link NoteReader}, cleared per note.
     */
    static final class Memo {
        private final Map<String, List<Tok>> seen = new HashMap<>();

        List<Tok> of(String s) {
            List<Tok> toks = seen.get(s);
            if (toks == null) {
                toks = Tokens.of(s);
                seen.put(s, toks);
            }
            return toks;
        }

        void clear() {
            seen.clear();
        }
    }

    static List<Tok> of(String s) {
        List<Tok> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                String w = lower(s, start, i);
                out.add(new Tok(w, start, i, w.regionMatches(0, s, start, i - start) ? null : s.substring(start, i)));
                continue;
            }
            if ((c == '\'' || c == '\u2019') && i > 0 && Character.isLetter(s.charAt(i - 1)) && i + 1 < n) {
                char next = Character.toLowerCase(s.charAt(i + 1));
                boolean endsWord = i + 2 >= n || !Character.isLetter(s.charAt(i + 2));
                if (next == 's' && endsWord) {
                    i += 2;
                    continue;
                }
                if (next == 't' && endsWord && !out.isEmpty()) {
                    Tok prev = out.remove(out.size() - 1);
                    String w = prev.w().endsWith("n") ? prev.w().substring(0, prev.w().length() - 1) : prev.w();
                    out.add(new Tok(w, prev.start(), prev.end() - 1));
                    out.add(new Tok("not", i - 1, i + 2));
                    i += 2;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** s[from, to) in lower case: ASCII in one pass, anything else exactly as String.toLowerCase(ROOT) does it. */
    private static String lower(String s, int from, int to) {
        char[] buf = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return s.substring(from, to).toLowerCase(Locale.ROOT);
            }
            buf[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(buf);
    }

    static boolean isYear(String w) {
        if (w.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(w);
        return y >= 1990 && y <= 2099;
    }

    static boolean isNumber(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
