package app.dealbrief.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Line diffs, for the history view and for three-way merges. Lines keep their line endings, so joining
 * them gives back the exact text.
 *
 * <p>Common head and tail are trimmed first; the middle is aligned by a longest-common-subsequence table
 * when it is small enough, else treated as one replaced block. The fallback only makes a diff coarser
 * (and a merge more cautious): it never loses text.
 */
public final class LineDiff {
    /** Above this many table cells the middle is one block: a 5 MB paste must not need gigabytes. */
    static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    /** One changed region: {@code base[baseStart, baseEnd)} is replaced by {@code lines}. */
    public record Hunk(int baseStart, int baseEnd, List<String> lines) {
    }

    /** One line of a readable diff: ' ' same, '-' only in the old text, '+' only in the new one. */
    public record Line(char op, String text) {
    }

    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The hunks that turn {@code base} into {@code other}, in order, never adjacent to each other. */
    public static List<Hunk> hunks(List<String> base, List<String> other) {
        int n = base.size();
        int m = other.size();
        int head = 0;
        while (head < n && head < m && base.get(head).equals(other.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < m - head && base.get(n - 1 - tail).equals(other.get(m - 1 - tail))) {
            tail++;
        }
        int bn = n - head - tail;
        int on = m - head - tail;
        List<Hunk> out = new ArrayList<>();
        if (bn == 0 && on == 0) {
            return out;
        }
        if ((long) (bn + 1) * (on + 1) > MAX_CELLS || bn == 0 || on == 0) {
            out.add(new Hunk(head, head + bn, List.copyOf(other.subList(head, head + on))));
            return out;
        }
        // lcs[i][j]: common lines of base[head+i..] and other[head+j..]
        int[][] lcs = new int[bn + 1][on + 1];
        for (int i = bn - 1; i >= 0; i--) {
            for (int j = on - 1; j >= 0; j--) {
                lcs[i][j] = base.get(head + i).equals(other.get(head + j))
                        ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int hs = -1;
        int hos = -1;
        while (i < bn || j < on) {
            if (i < bn && j < on && base.get(head + i).equals(other.get(head + j))) {
                if (hs >= 0) {
                    out.add(new Hunk(head + hs, head + i, List.copyOf(other.subList(head + hos, head + j))));
                    hs = -1;
                }
                i++;
                j++;
                continue;
            }
            if (hs < 0) {
                hs = i;
                hos = j;
            }
            if (j < on && (i == bn || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        if (hs >= 0) {
            out.add(new Hunk(head + hs, head + bn, List.copyOf(other.subList(head + hos, head + on))));
        }
        return out;
    }

    /** A readable diff from {@code oldText} to {@code newText}, every line marked. */
    public static List<Line> diff(String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        List<Line> out = new ArrayList<>();
        int pos = 0;
        for (Hunk h : hunks(a, b)) {
            for (; pos < h.baseStart(); pos++) {
                out.add(new Line(' ', strip(a.get(pos))));
            }
            for (; pos < h.baseEnd(); pos++) {
                out.add(new Line('-', strip(a.get(pos))));
            }
            h.lines().forEach(l -> out.add(new Line('+', strip(l))));
        }
        for (; pos < a.size(); pos++) {
            out.add(new Line(' ', strip(a.get(pos))));
        }
        return out;
    }

    private static String strip(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
