package app.dealbrief.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Line-wise three-way merge of two edits of one base text. Where the edits touch different lines both
 * are kept; where they overlap (or touch) and differ, "ours" wins there and the result says it conflicted,
 * so the caller can keep "theirs" somewhere safe. Nothing is ever interleaved with conflict markers.
 */
final class Merge3 {
    private Merge3() {
    }

    record Result(String text, boolean conflict) {
    }

    private record Tagged(LineDiff.Hunk hunk, boolean ours) {
    }

    static Result merge(String base, String ours, String theirs) {
        if (ours.equals(theirs)) {
            return new Result(ours, false);
        }
        if (base.equals(ours)) {
            return new Result(theirs, false);
        }
        if (base.equals(theirs)) {
            return new Result(ours, false);
        }
        List<String> b = LineDiff.lines(base);
        List<Tagged> all = new ArrayList<>();
        LineDiff.hunks(b, LineDiff.lines(ours)).forEach(h -> all.add(new Tagged(h, true)));
        LineDiff.hunks(b, LineDiff.lines(theirs)).forEach(h -> all.add(new Tagged(h, false)));
        all.sort((x, y) -> x.hunk().baseStart() != y.hunk().baseStart()
                ? Integer.compare(x.hunk().baseStart(), y.hunk().baseStart())
                : Boolean.compare(!x.ours(), !y.ours()));

        StringBuilder out = new StringBuilder();
        boolean conflict = false;
        int pos = 0;
        int k = 0;
        while (k < all.size()) {
            // A group: hunks whose base ranges overlap or touch; touching edits count as overlapping.
            int gs = all.get(k).hunk().baseStart();
            int ge = all.get(k).hunk().baseEnd();
            List<Tagged> group = new ArrayList<>();
            group.add(all.get(k++));
            while (k < all.size() && all.get(k).hunk().baseStart() <= ge) {
                ge = Math.max(ge, all.get(k).hunk().baseEnd());
                group.add(all.get(k++));
            }
            for (; pos < gs; pos++) {
                out.append(b.get(pos));
            }
            String mine = apply(b, gs, ge, group, true);
            String other = apply(b, gs, ge, group, false);
            boolean oursTouched = group.stream().anyMatch(Tagged::ours);
            boolean theirsTouched = group.stream().anyMatch(t -> !t.ours());
            if (oursTouched && theirsTouched && !mine.equals(other)) {
                conflict = true;
            }
            out.append(oursTouched ? mine : other);
            pos = ge;
        }
        for (; pos < b.size(); pos++) {
            out.append(b.get(pos));
        }
        return new Result(out.toString(), conflict);
    }

    /** One side's version of {@code base[gs, ge)}: its hunks in the group applied, the rest as in base. */
    private static String apply(List<String> b, int gs, int ge, List<Tagged> group, boolean ours) {
        StringBuilder sb = new StringBuilder();
        int pos = gs;
        for (Tagged t : group) {
            if (t.ours() != ours) {
                continue;
            }
            for (; pos < t.hunk().baseStart(); pos++) {
                sb.append(b.get(pos));
            }
            t.hunk().lines().forEach(sb::append);
            pos = t.hunk().baseEnd();
        }
        for (; pos < ge; pos++) {
            sb.append(b.get(pos));
        }
        return sb.toString();
    }
}
