package app.dealbrief.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in a token list: a hash on the first token, longest phrase first, so matching
 * is linear in the text and never backtracks (safe on a 1 MB line).
 */
final class PhraseIndex<T> {
    record Match<T>(T value, int from, int to) {
        /** Index of the first token after the match. */
        int end() {
            return to;
        }
    }

    record Entry<T>(String[] words, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    void add(String phrase, T value) {
        List<Tokens.Tok> toks = Tokens.of(phrase);
        if (toks.isEmpty()) {
            return;
        }
        String[] words = toks.stream().map(Tokens.Tok::w).toArray(String[]::new);
        List<Entry<T>> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
        list.add(new Entry<>(words, value));
        list.sort(Comparator.comparingInt((Entry<T> e) -> -e.words().length));
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** Non-overlapping matches, left to right, longest at each position. */
    List<Match<T>> find(List<Tokens.Tok> toks) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Entry<T> hit = at(toks, i);
            if (hit != null) {
                out.add(new Match<>(hit.value(), i, i + hit.words().length));
                i += hit.words().length;
            } else {
                i++;
            }
        }
        return out;
    }

    boolean any(List<Tokens.Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (at(toks, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** The longest phrase starting exactly at token i, or null. */
    Entry<T> at(List<Tokens.Tok> toks, int i) {
        List<Entry<T>> cands = byFirst.get(toks.get(i).w());
        if (cands == null) {
            return null;
        }
        for (Entry<T> e : cands) {
            if (i + e.words().length <= toks.size() && matches(toks, i, e.words())) {
                return e;
            }
        }
        return null;
    }

    /** Length in tokens of the longest phrase at token i, 0 when none. */
    int lengthAt(List<Tokens.Tok> toks, int i) {
        Entry<T> e = at(toks, i);
        return e == null ? 0 : e.words().length;
    }

    private static boolean matches(List<Tokens.Tok> toks, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!toks.get(i + k).w().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
