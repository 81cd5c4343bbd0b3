package app.dealbrief.workspace;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.Revision;
import app.dealbrief.store.NoteEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MergeTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    private static final String BASE = "a\nb\nc\nd\ne\n";

    @Test
    void threeWayCases() {
        assertThat(Merge3.merge(BASE, BASE, "a\nB\nc\nd\ne\n")).isEqualTo(new Merge3.Result("a\nB\nc\nd\ne\n", false));
        assertThat(Merge3.merge(BASE, "a\nB\nc\nd\ne\n", BASE)).isEqualTo(new Merge3.Result("a\nB\nc\nd\ne\n", false));
        assertThat(Merge3.merge(BASE, "A\nb\nc\nd\ne\n", "a\nb\nc\nd\nE\n"))
                .isEqualTo(new Merge3.Result("A\nb\nc\nd\nE\n", false));
        assertThat(Merge3.merge(BASE, "a\nb\nc\nd\ne\nours\n", "theirs\na\nb\nc\nd\ne\n"))
                .isEqualTo(new Merge3.Result("theirs\na\nb\nc\nd\ne\nours\n", false));
        assertThat(Merge3.merge(BASE, "a\nc\nd\ne\n", "a\nb\nc\nd\n")).isEqualTo(new Merge3.Result("a\nc\nd\n", false));
        assertThat(Merge3.merge(BASE, "a\nX\nc\nd\ne\n", "a\nX\nc\nd\ne\n")).isEqualTo(new Merge3.Result("a\nX\nc\nd\ne\n", false));
        assertThat(Merge3.merge(BASE, "a\nX\nc\nd\nE\n", "a\nX\nc\nd\ne\n")).isEqualTo(new Merge3.Result("a\nX\nc\nd\nE\n", false));
        // the same line changed two ways: ours stays there, theirs still lands elsewhere
        assertThat(Merge3.merge(BASE, "a\nOURS\nc\nd\ne\n", "a\nTHEIRS\nc\nd\nE\n"))
                .isEqualTo(new Merge3.Result("a\nOURS\nc\nd\nE\n", true));
        // touching edits count as overlapping
        assertThat(Merge3.merge(BASE, "a\nB\nc\nd\ne\n", "a\nb\nC\nd\ne\n").conflict()).isTrue();
        assertThat(Merge3.merge("", "ours\n", "theirs\n")).isEqualTo(new Merge3.Result("ours\n", true));
        assertThat(Merge3.merge("x\n", "x\ny\n", "w\nx\n")).isEqualTo(new Merge3.Result("w\nx\ny\n", false));
    }

    @Test
    void aLargeNoteWithTwoEditsGetsTwoSmallHunks() {
        // 3,000 lines each way were one 3,000-line hunk under the old 4M-cell table limit
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            big.append("line ").append(i).append('\n');
        }
        String base = big.toString();
        String edited = base.replace("line 10\n", "line ten\n").replace("line 2990\n", "line 2,990\n");
        List<LineDiff.Hunk> hunks = LineDiff.hunks(LineDiff.lines(base), LineDiff.lines(edited));
        assertThat(hunks).containsExactly(new LineDiff.Hunk(10, 11, List.of("line ten\n")),
                new LineDiff.Hunk(2990, 2991, List.of("line 2,990\n")));
        String theirs = base.replace("line 1500\n", "line 1,500\n");
        assertThat(Merge3.merge(base, edited, theirs))
                .isEqualTo(new Merge3.Result(edited.replace("line 1500\n", "line 1,500\n"), false));
    }

    @Test
    void readableDiffMarksEveryLine() {
        assertThat(LineDiff.diff("a\nb\nc\n", "a\nB\nc\nd\n")).extracting(l -> l.op() + l.text())
                .containsExactly(" a", "-b", "+B", " c", "+d");
    }

    private Path file;

    private Note importAndEdit(Workspace w, String appText) throws Exception {
        file = vault.resolve("Oracle").resolve("walk.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: Walk\naccount: Oracle\n---\n" + BASE);
        w.importPaths(List.of(vault), Workspace.Progress.NONE);
        String id = w.notes("Oracle").get(0).id();
        return appText == null ? w.note(id).orElseThrow() : w.saveNote(id, "---\ntitle: Walk\naccount: Oracle\n---\n" + appText);
    }

    private Note reimport(Workspace w, String fileBody, String id) throws Exception {
        Files.writeString(file, "---\ntitle: Walk\naccount: Oracle\n---\n" + fileBody);
        w.importPaths(List.of(vault), Workspace.Progress.NONE);
        return w.note(id).orElseThrow();
    }

    @Test
    void onlyTheFileChanged() throws Exception {
        try (Workspace w = Workspaces.open(data)) {
            Note n = importAndEdit(w, null);
            assertThat(reimport(w, "a\nb\nFILE\nd\ne\n", n.id()).body()).isEqualTo("a\nb\nFILE\nd\ne\n");
        }
    }

    @Test
    void bothChangedDifferentLinesMerge() throws Exception {
        try (Workspace w = Workspaces.open(data)) {
            Note n = importAndEdit(w, "APP\nb\nc\nd\ne\n");
            Note after = reimport(w, "a\nb\nc\nd\nFILE\n", n.id());
            assertThat(after.body()).isEqualTo("APP\nb\nc\nd\nFILE\n");
            assertThat(w.notes("Oracle").get(0).flags()).doesNotContain(NoteEdits.CONFLICT_FLAG);
            assertThat(w.history(n.id()).get(0).text()).contains("APP\nb\nc\nd\ne\n");
            // the next file change merges against the file's last text, not the first one
            Note again = reimport(w, "a\nb\nc\nd\nFILE\nmore\n", n.id());
            assertThat(again.body()).isEqualTo("APP\nb\nc\nd\nFILE\nmore\n");
        }
    }

    @Test
    void bothChangedTheSameLinesKeepsTheAppTextAndTheFileAsAConflict() throws Exception {
        try (Workspace w = Workspaces.open(data)) {
            Note n = importAndEdit(w, "a\nAPP\nc\nd\ne\n");
            Note after = reimport(w, "a\nFILE\nc\nd\ne\n", n.id());
            assertThat(after.body()).isEqualTo("a\nAPP\nc\nd\ne\n");
            NoteSummary s = w.notes("Oracle").get(0);
            assertThat(s.flags()).contains(NoteEdits.CONFLICT_FLAG);
            Revision conflict = w.history(n.id()).get(0);
            assertThat(conflict.kind()).isEqualTo(Revision.CONFLICT);
            assertThat(conflict.text()).contains("a\nFILE\nc\n");
            // the unchanged file is skipped from now on; resolving clears the flag
            assertThat(w.importPaths(List.of(vault), Workspace.Progress.NONE).unchanged()).isEqualTo(1);
            w.markResolved(n.id());
            assertThat(w.notes("Oracle").get(0).flags()).doesNotContain(NoteEdits.CONFLICT_FLAG);
        }
    }

    @Test
    void savingClearsTheConflictFlag() throws Exception {
        try (Workspace w = Workspaces.open(data)) {
            Note n = importAndEdit(w, "a\nAPP\nc\nd\ne\n");
            reimport(w, "a\nFILE\nc\nd\ne\n", n.id());
            w.saveNote(n.id(), "---\ntitle: Walk\naccount: Oracle\n---\na\nAPP and FILE\nc\nd\ne\n");
            assertThat(w.notes("Oracle").get(0).flags()).isEmpty();
        }
    }
}
