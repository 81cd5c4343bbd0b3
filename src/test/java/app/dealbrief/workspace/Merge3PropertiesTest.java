package app.dealbrief.workspace;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the three-way merge and the line diff promise, for any texts: a diff's hunks turn the base into the
 * other text; a side that did not change takes the other side's text; edits far enough apart merge cleanly
 * in either order; ours always survives a conflict.
 */
class Merge3PropertiesTest {

    /** Texts of few distinct lines, so that diffs have repeated lines to align (the hard case). */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of("a\n", "b\n", "c\n", "d\n", "\n", "a", "x\r\n").list().ofMaxSize(30)
                .map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void hunksTurnTheBaseIntoTheOther(@ForAll("text") String base, @ForAll("text") String other) {
        List<String> b = LineDiff.lines(base);
        List<String> o = LineDiff.lines(other);
        List<LineDiff.Hunk> hunks = LineDiff.hunks(b, o);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        int previousEnd = -1;
        for (LineDiff.Hunk h : hunks) {
            assertThat(h.baseStart()).as("in order, never adjacent").isGreaterThan(previousEnd);
            previousEnd = h.baseEnd();
            assertThat(h.baseEnd()).isGreaterThanOrEqualTo(h.baseStart());
            for (; pos < h.baseStart(); pos++) {
                out.append(b.get(pos));
            }
            h.lines().forEach(out::append);
            pos = h.baseEnd();
        }
        for (; pos < b.size(); pos++) {
            out.append(b.get(pos));
        }
        assertThat(out.toString()).isEqualTo(other);
        if (base.equals(other)) {
            assertThat(hunks).isEmpty();
        }
    }

    @Property(tries = 300)
    void anUnchangedSideTakesTheOther(@ForAll("text") String base, @ForAll("text") String edit) {
        assertThat(Merge3.merge(base, base, edit)).isEqualTo(new Merge3.Result(edit, false));
        assertThat(Merge3.merge(base, edit, base)).isEqualTo(new Merge3.Result(edit, false));
        assertThat(Merge3.merge(base, edit, edit)).isEqualTo(new Merge3.Result(edit, false));
    }

    @Property(tries = 300)
    void editsApartMergeCleanlyInEitherOrder(@ForAll("text") String head, @ForAll("text") String tail,
                                             @ForAll("text") String ourPart, @ForAll("text") String theirPart,
                                             @ForAll("text") String newOurs, @ForAll("text") String newTheirs) {
        // base = head + ourPart + SEP + theirPart + tail; each side rewrites only its own part, and the
        // separator lines (which no generated text contains) keep the two edits apart
        String sep = "separator one\nseparator two\n";
        String h = terminated(head);
        String op = terminated(ourPart);
        String tp = terminated(theirPart);
        String no = terminated(newOurs);
        String nt = terminated(newTheirs);
        String base = h + "[ours]\n" + op + sep + tp + "[theirs]\n" + tail;
        String ours = h + "[ours]\n" + no + sep + tp + "[theirs]\n" + tail;
        String theirs = h + "[ours]\n" + op + sep + nt + "[theirs]\n" + tail;
        String both = h + "[ours]\n" + no + sep + nt + "[theirs]\n" + tail;
        assertThat(Merge3.merge(base, ours, theirs)).isEqualTo(new Merge3.Result(both, false));
        assertThat(Merge3.merge(base, theirs, ours)).isEqualTo(new Merge3.Result(both, false));
    }

    @Property(tries = 300)
    void oursSurvivesAndTheResultNeverHoldsMarkers(@ForAll("text") String base, @ForAll("text") String ours,
                                                   @ForAll("text") String theirs) {
        Merge3.Result r = Merge3.merge(base, ours, theirs);
        assertThat(r.text()).doesNotContain("<<<<<<<", ">>>>>>>");
        // every line ours added is in the result (ours wins wherever the two overlap)
        for (String added : added(base, ours)) {
            assertThat(LineDiff.lines(r.text())).contains(added);
        }
        if (!r.conflict()) {
            assertThat(Merge3.merge(base, theirs, ours).text()).isEqualTo(r.text());
        }
    }

    private static List<String> added(String base, String edit) {
        List<String> out = new ArrayList<>();
        LineDiff.hunks(LineDiff.lines(base), LineDiff.lines(edit)).forEach(h -> out.addAll(h.lines()));
        return out;
    }

    private static String terminated(String s) {
        return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
    }
}
