package app.dealbrief.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lower-cased word tokens with their character offsets. Punctuation and dashes separate tokens, so
 * "right-of-first-refusal" and "Microsoft–OpenAI" match the same phrases as their spaced forms.
 * A possessive "'s" is dropped ("OpenAI's ASIC" reads as "openai asic") and "n't" becomes "not".
 */
final class Tokens {
    record Tok(String w, int start, int end) {
    }

    private Tokens() {
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
                out.add(new Tok(s.substring(start, i).toLowerCase(Locale.ROOT), start, i));
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
