package app.dealbrief.store.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening an on-disk index, and the rule that an index we cannot trust is wiped, not repaired:
 * it is derived data and the store can always refill it.
 */
final class IndexFiles {

    private static final Logger log = LoggerFactory.getLogger(IndexFiles.class);

    /** Bump when fields or analysis change: older indexes are then wiped and rebuilt. */
    static final String SCHEMA = "2"; // 2: table rules out of the stored body; type and source are plain words
    private static final String SCHEMA_KEY = "dealbrief.schema";
    /** Set by a completed rebuild; an index filled only by puts is not known to be complete. */
    private static final String BUILT_KEY = "dealbrief.built";

    interface Factory {
        SearchIndex make(Directory dir, IndexWriter writer, boolean needsRebuild) throws IOException;
    }

    private IndexFiles() {
    }

    static SearchIndex open(Path folder, double ramMb, Factory factory) throws IOException {
        Directory dir = FSDirectory.open(folder);
        try {
            if (DirectoryReader.indexExists(dir)) {
                Map<String, String> data = check(dir);
                if (data != null) {
                    IndexWriter w = writer(dir, ramMb, OpenMode.APPEND);
                    w.setLiveCommitData(data.entrySet());
                    return factory.make(dir, w, !"true".equals(data.get(BUILT_KEY)));
                }
                log.warn("Search index in {} is from another version; rebuilding it", folder);
            }
        } catch (LockObtainFailedException e) {
            dir.close();
            throw e; // another process has it open: not corruption, do not wipe
        } catch (IOException | RuntimeException e) {
            log.warn("Search index in {} is unreadable ({}); rebuilding it", folder, e.toString());
        }
        dir.close();
        wipe(folder);
        dir = FSDirectory.open(folder);
        return factory.make(dir, create(dir, ramMb), true);
    }

    /** An empty index, committed at once so the folder is a valid index even before the first save. */
    static IndexWriter create(Directory dir, double ramMb) throws IOException {
        IndexWriter w = writer(dir, ramMb, OpenMode.CREATE);
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA_KEY, SCHEMA);
        data.put(BUILT_KEY, "false");
        w.setLiveCommitData(data.entrySet());
        w.commit();
        return w;
    }

    static void markBuilt(IndexWriter w) {
        w.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA, BUILT_KEY, "true").entrySet());
    }

    /**
     * Opens every segment once (which verifies headers, footers and segment metadata) and returns
     * the commit data, or null when the schema differs. Throws when the files are damaged.
     */
    private static Map<String, String> check(Directory dir) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            Map<String, String> data = new HashMap<>(r.getIndexCommit().getUserData());
            r.leaves().forEach(leaf -> leaf.reader().numDocs());
            return SCHEMA.equals(data.get(SCHEMA_KEY)) ? data : null;
        }
    }

    private static IndexWriter writer(Directory dir, double ramMb, OpenMode mode) throws IOException {
        IndexWriterConfig c = new IndexWriterConfig(Queries.ANALYZER)
                .setOpenMode(mode)
                .setRAMBufferSizeMB(ramMb)
                .setCommitOnClose(false);
        return new IndexWriter(dir, c);
    }

    /** Deletes what is inside the folder (the index owns it), keeping the folder itself. */
    private static void wipe(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.deleteIfExists(folder);
            Files.createDirectories(folder);
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }
}
