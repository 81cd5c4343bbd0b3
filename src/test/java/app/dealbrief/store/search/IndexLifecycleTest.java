package app.dealbrief.store.search;

import static app.dealbrief.store.search.NoteFixture.note;
import static org.assertj.core.api.Assertions.assertThat;

import app.dealbrief.domain.SearchHit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLifecycleTest {

    @TempDir
    Path tmp;

    private Path folder() {
        return tmp.resolve("index");
    }

    private static List<String> ids(SearchIndex index, String query) {
        return index.search(query, 50).stream().map(SearchHit::noteId).toList();
    }

    private void buildAndClose() {
        try (SearchIndex index = SearchIndex.open(folder())) {
            index.rebuild(SearchTestBase.corpus().iterator());
        }
    }

    @Test
    void missingFolderStartsEmptyAndAsksForRebuild() {
        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.size()).isZero();
            index.rebuild(SearchTestBase.corpus().iterator());
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.size()).isEqualTo(5);
        }
        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.needsRebuild()).isFalse();
            assertThat(ids(index, "nvidia")).containsExactlyInAnyOrder("n1", "n3");
        }
    }

    @Test
    void deletedFolderIsRecreatedThenRebuildRestoresResults() throws IOException {
        buildAndClose();
        deleteTree(folder());
        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(ids(index, "nvidia")).isEmpty();
            index.rebuild(SearchTestBase.corpus().iterator());
            assertThat(ids(index, "nvidia")).containsExactlyInAnyOrder("n1", "n3");
        }
    }

    @Test
    void garbageInEveryFileIsWipedAndReported() throws IOException {
        buildAndClose();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.toList()) {
                Files.write(f, "not a lucene file at all".getBytes());
            }
        }
        reopensEmptyAndRebuilds();
    }

    @Test
    void truncatedSegmentFilesAreWipedAndReported() throws IOException {
        buildAndClose();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.filter(p -> !p.getFileName().toString().startsWith("segments")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        reopensEmptyAndRebuilds();
    }

    @Test
    void strayGarbageCommitFileIsWipedAndReported() throws IOException {
        buildAndClose();
        Files.write(folder().resolve("segments_99"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        reopensEmptyAndRebuilds();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReplaced() throws IOException {
        Files.writeString(folder(), "oops");
        reopensEmptyAndRebuilds();
    }

    private void reopensEmptyAndRebuilds() {
        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.size()).isZero();
            index.rebuild(SearchTestBase.corpus().iterator());
            assertThat(ids(index, "fairwater")).containsExactly("n1", "n2");
        }
        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.size()).isEqualTo(5);
        }
    }

    @Test
    void putIsSearchableAtOnceAndDurableAfterCommit() {
        buildAndClose();
        try (SearchIndex index = SearchIndex.open(folder())) {
            index.put(note("n9").title("Groq pilot").body("LPU pilot for inference.").build());
            assertThat(ids(index, "groq")).containsExactly("n9");
            index.commit();
        }
        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(ids(index, "groq")).containsExactly("n9");
            assertThat(index.size()).isEqualTo(6);
        }
    }

    @Test
    void closeKeepsUncommittedChanges() {
        buildAndClose();
        try (SearchIndex index = SearchIndex.open(folder())) {
            index.delete("n2");
        }
        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.size()).isEqualTo(4);
            assertThat(ids(index, "oracle")).isEmpty();
        }
    }

    @Test
    void anIndexNeverRebuiltStillAsksForRebuildAfterReopen() {
        try (SearchIndex index = SearchIndex.open(folder())) {
            index.put(note("n1").title("only one").build());
            index.commit();
        }
        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.size()).isEqualTo(1);
        }
    }

    @Test
    void inMemoryIndexStartsEmpty() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.size()).isZero();
            assertThat(index.search("anything", 10)).isEmpty();
        }
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
