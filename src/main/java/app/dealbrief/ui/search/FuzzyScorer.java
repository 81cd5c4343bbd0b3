package app.dealbrief.ui.search;

import java.util.Locale;

/**
 * Scores a candidate against a few typed letters: the letters must appear in order (a subsequence, case and
 * spaces ignored). A letter at the very start, at the start of a word ("cw" in CoreWeave, "ms" in
 * "Microsoft Sync") or right after the previous match scores more; skipped characters cost a little, so
 * "micro" ranks Microsoft above "Nebius–Microsoft deal", and word starts beat scattered letters.
 */
public final class FuzzyScorer {
    /** No match. */
    public static final int NONE = Integer.MIN_VALUE;
    private static final int MATCH = 16;
    private static final int PREFIX = 24;
    private static final int WORD_START = 16;
    private static final int CONSECUTIVE = 12;
    private static final int GAP = 1;
    private static final int MAX_LEADING_GAP = 12;
    /** Longer text is scored on its first part only: titles are short, and it keeps each score cheap. */
    private static final int MAX_LENGTH = 160;
    private static final int NEG = Integer.MIN_VALUE / 4;

    private FuzzyScorer() {
    }

    /** The score of {@code candidate} for {@code query}; {@link #NONE} when the letters are not all in it. */
    public static int score(String query, String candidate) {
        if (candidate == null) {
            return NONE;
        }
        String q = strip(query);
        if (q.isEmpty()) {
            return 0;
        }
        String text = candidate.length() > MAX_LENGTH ? candidate.substring(0, MAX_LENGTH) : candidate;
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int m = q.length();
        if (m > n || !isSubsequence(q, lower)) {
            return NONE;
        }
        int[] bonus = new int[n];
        for (int i = 0; i < n; i++) {
            bonus[i] = bonus(text, i);
        }
        int[] prev = new int[n];
        int[] cur = new int[n];
        for (int i = 0; i < n; i++) {
            // The first letter: where it sits matters most; letters skipped before it cost a little.
            prev[i] = lower.charAt(i) == q.charAt(0) ? MATCH + bonus[i] - Math.min(i, MAX_LEADING_GAP) * GAP : NEG;
        }
        for (int j = 1; j < m; j++) {
            char c = q.charAt(j);
            int carry = NEG; // best prev[k] - gap cost, over k <= i - 2
            cur[0] = NEG;
            for (int i = 1; i < n; i++) {
                int best = NEG;
                if (lower.charAt(i) == c) {
                    int consecutive = prev[i - 1] > NEG ? prev[i - 1] + CONSECUTIVE : NEG;
                    best = Math.max(consecutive, carry);
                    if (best > NEG) {
                        best += MATCH + bonus[i];
                    }
                }
                cur[i] = best;
                int skipFrom = prev[i - 1] > NEG ? prev[i - 1] - GAP : NEG;
                carry = Math.max(carry > NEG ? carry - GAP : NEG, skipFrom);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int best = NEG;
        for (int v : prev) {
            best = Math.max(best, v);
        }
        // Of two equal matches the shorter text is the closer one.
        return best <= NEG ? NONE : best * 4 - Math.min(n, MAX_LENGTH) / 8;
    }

    /**
     * Whether the letters can be matched in runs that each start a word ("orac" in Oracle, "cw" in CoreWeave,
     * "micro" in "Nebius–Microsoft deal"), not only scattered through words ("orac" in "stORAge Capacity").
     */
    public static boolean wordStarts(String query, String candidate) {
        if (candidate == null) {
            return false;
        }
        String q = strip(query);
        if (q.isEmpty()) {
            return true;
        }
        String text = candidate.length() > MAX_LENGTH ? candidate.substring(0, MAX_LENGTH) : candidate;
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        boolean[] prev = new boolean[n];
        for (int i = 0; i < n; i++) {
            prev[i] = lower.charAt(i) == q.charAt(0) && bonus(text, i) > 0;
        }
        for (int j = 1; j < q.length(); j++) {
            boolean[] cur = new boolean[n];
            boolean earlier = false; // some prev[k] with k <= i - 2
            for (int i = 1; i < n; i++) {
                if (i >= 2 && prev[i - 2]) {
                    earlier = true;
                }
                cur[i] = lower.charAt(i) == q.charAt(j) && (prev[i - 1] || earlier && bonus(text, i) > 0);
            }
            prev = cur;
        }
        for (boolean b : prev) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which characters of {@code candidate} the letters match, for highlighting: runs at word starts when
     * {@link #wordStarts} holds, else the leftmost letters in order. Empty when they do not all match.
     */
    public static int[] positions(String query, String candidate) {
        String q = strip(query);
        if (candidate == null || q.isEmpty()) {
            return new int[0];
        }
        String text = candidate.length() > MAX_LENGTH ? candidate.substring(0, MAX_LENGTH) : candidate;
        String lower = text.toLowerCase(Locale.ROOT);
        if (!isSubsequence(q, lower)) {
            return new int[0];
        }
        int[] at = new int[q.length()];
        boolean[][] dead = new boolean[q.length()][lower.length()];
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) == q.charAt(0) && bonus(text, i) > 0 && runs(q, text, lower, 0, i, at, dead)) {
                return at;
            }
        }
        int j = 0;
        for (int i = 0; i < lower.length() && j < q.length(); i++) {
            if (lower.charAt(i) == q.charAt(j)) {
                at[j++] = i;
            }
        }
        return at;
    }

    /** Places letter j at i, then the rest: next character (same run) or a later word start. */
    private static boolean runs(String q, String text, String lower, int j, int i, int[] at, boolean[][] dead) {
        if (dead[j][i]) {
            return false;
        }
        at[j] = i;
        if (j == q.length() - 1) {
            return true;
        }
        char c = q.charAt(j + 1);
        if (i + 1 < lower.length() && lower.charAt(i + 1) == c && runs(q, text, lower, j + 1, i + 1, at, dead)) {
            return true;
        }
        for (int k = i + 2; k < lower.length(); k++) {
            if (lower.charAt(k) == c && bonus(text, k) > 0 && runs(q, text, lower, j + 1, k, at, dead)) {
                return true;
            }
        }
        dead[j][i] = true;
        return false;
    }

    private static int bonus(String text, int i) {
        if (i == 0) {
            return PREFIX;
        }
        char before = text.charAt(i - 1);
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(before) && Character.isLetterOrDigit(c)) {
            return WORD_START;
        }
        if (Character.isLowerCase(before) && Character.isUpperCase(c)) {
            return WORD_START; // camel case: CoreWeave, OpenAI
        }
        if (Character.isLetter(before) && Character.isDigit(c)) {
            return WORD_START / 2; // GB300, MI450
        }
        return 0;
    }

    private static boolean isSubsequence(String q, String text) {
        int j = 0;
        for (int i = 0; i < text.length() && j < q.length(); i++) {
            if (text.charAt(i) == q.charAt(j)) {
                j++;
            }
        }
        return j == q.length();
    }

    private static String strip(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
