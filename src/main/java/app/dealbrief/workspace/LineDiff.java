package app.dealbrief.workspace;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Line diffs, for the history view and for three-way merges. Lines keep their line endings, so joining
 * them gives back the exact text.
 *
 * <p>Common head and tail are trimmed first; the middle is aligned by Myers' algorithm in linear space
 * (java-diff-utils), which takes time in proportion to the size of the texts times the number of changes,
 * and memory in proportion to the size: a large note with a few edits gets hunks as small as its edits.
 */
public final class LineDiff {
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
        List<String> a = base.subList(head, n - tail);
        List<String> b = other.subList(head, m - tail);
        List<Hunk> out = new ArrayList<>();
        if (a.isEmpty() && b.isEmpty()) {
            return out;
        }
        if (a.isEmpty() || b.isEmpty()) {
            out.add(new Hunk(head, head + a.size(), List.copyOf(b)));
            return out;
        }
        List<AbstractDelta<String>> deltas = new ArrayList<>(
                DiffUtils.diff(a, b, new MeyersDiffWithLinearSpace<String>()).getDeltas());
        deltas.sort(Comparator.comparingInt(d -> d.getSource().getPosition()));
        for (AbstractDelta<String> d : deltas) {
            int start = head + d.getSource().getPosition();
            int end = start + d.getSource().size();
            List<String> lines = d.getTarget().getLines();
            Hunk last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.baseEnd() == start) {
                // a deletion next to an insertion: one replaced region (no equal line lies between them)
                List<String> joined = new ArrayList<>(last.lines());
                joined.addAll(lines);
                out.set(out.size() - 1, new Hunk(last.baseStart(), end, List.copyOf(joined)));
            } else {
                out.add(new Hunk(start, end, List.copyOf(lines)));
            }
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
