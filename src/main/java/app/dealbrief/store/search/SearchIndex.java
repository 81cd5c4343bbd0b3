package app.dealbrief.store.search;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.SearchHit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index: derived data, rebuilt from the store whenever it is missing, stale or
 * corrupt. Thread-safe: saves may {@link #put} from one thread while the UI searches from another.
 *
 * <p>Visibility: a {@link #put} or {@link #delete} is searchable at the next {@link #search} (a
 * near-real-time reopen, no fsync); {@link #commit} makes it durable. Losing uncommitted changes
 * in a crash is harmless: the store compares {@link #size} with its own count and rebuilds.
 */
public final class SearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final double RAM_MB = 16;
    private static final double REBUILD_RAM_MB = 128;
    private static final Sort NEWEST = new Sort(new SortField(NoteDocs.DAY, SortField.Type.LONG, true));

    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private volatile boolean needsRebuild;

    private SearchIndex(Directory dir, IndexWriter writer, boolean needsRebuild) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.needsRebuild = needsRebuild;
    }

    /**
     * Opens the index in {@code folder}, creating it if missing. A folder it cannot read (corrupt,
     * written by another Lucene version or another schema) is wiped; {@link #needsRebuild} says so.
     */
    public static SearchIndex open(Path folder) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                Files.delete(folder); // a stray file where the index belongs: derived data, so make room
            }
            Files.createDirectories(folder);
            return IndexFiles.open(folder, RAM_MB, SearchIndex::new);
        } catch (IOException e) {
            throw new DealBriefException("Cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An index that never touches the disk, for encrypted stores; it always starts empty. */
    public static SearchIndex inMemory() {
        try {
            Directory d = new ByteBuffersDirectory();
            return new SearchIndex(d, IndexFiles.create(d, RAM_MB), true);
        } catch (IOException e) {
            throw new DealBriefException("Cannot create the search index: " + e.getMessage(), e);
        }
    }

    /** True when the index started empty or was wiped, until {@link #rebuild} fills it. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Adds the note, or replaces the one with its id. */
    public void put(Note note) {
        Document doc = NoteDocs.toDocument(note);
        io(() -> writer.updateDocument(new Term(NoteDocs.ID, note.id()), doc));
        dirty.set(true);
    }

    public void putAll(Collection<Note> notes) {
        notes.forEach(this::put);
    }

    public void delete(String noteId) {
        io(() -> writer.deleteDocuments(new Term(NoteDocs.ID, noteId)));
        dirty.set(true);
    }

    /**
     * Replaces everything with {@code all} and commits once, indexing on all cores. Searches during a
     * rebuild see the old index until the next refresh (a put or delete meanwhile triggers one, and
     * then shows a partial index). If it fails, {@link #needsRebuild} stays true. Notes without an
     * id are skipped.
     */
    public void rebuild(Iterator<Note> all) {
        needsRebuild = true; // until the commit below says otherwise
        io(() -> {
            writer.getConfig().setRAMBufferSizeMB(REBUILD_RAM_MB);
            try {
                writer.deleteAll();
                Rebuild.run(writer, all);
                IndexFiles.markBuilt(writer);
                writer.commit();
            } finally {
                writer.getConfig().setRAMBufferSizeMB(RAM_MB);
            }
        });
        needsRebuild = false;
        refresh();
    }

    /** Makes changes durable (fsync) and searchable. */
    public void commit() {
        io(writer::commit);
        refresh();
    }

    /** Best first; an empty list for a query with nothing searchable in it. Never throws for bad syntax. */
    public List<SearchHit> search(String query, int limit) {
        NoteQuery nq = NoteQuery.parse(query);
        if (limit <= 0 || nq.isEmpty()) {
            return List.of();
        }
        refreshIfDirty();
        Snippets.Words words = Snippets.Words.of(nq);
        try {
            IndexSearcher s = searchers.acquire();
            try {
                Query q = nq.toLucene(s.getIndexReader());
                // No total hit count is shown, so the collector may skip documents that cannot make the
                // top `limit` from the start (Lucene's default counts the first 1,000 hits exactly first).
                TopDocs top = nq.ranked() ? s.search(q, new TopScoreDocCollectorManager(limit, null, limit))
                        : s.search(q, limit, NEWEST, true);
                StoredFields stored = s.storedFields();
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    hits.add(hit(stored.document(sd.doc, NoteDocs.STORED), sd.score, words));
                }
                return hits;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new DealBriefException("Search failed: " + e.getMessage(), e);
        }
    }

    private static SearchHit hit(Document d, float score, Snippets.Words words) {
        var day = d.getField(NoteDocs.DAY);
        LocalDate date = day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue());
        String snippet = Snippets.snippet(d.get(NoteDocs.BODY), words);
        return new SearchHit(d.get(NoteDocs.ID), d.get(NoteDocs.ACCOUNT), d.get(NoteDocs.TITLE), date,
                Float.isNaN(score) ? 0 : score, snippet, Snippets.marks(snippet, words));
    }

    /** Notes in the index, including changes not yet committed. */
    public int size() {
        refreshIfDirty();
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new DealBriefException("Search index unreadable: " + e.getMessage(), e);
        }
    }

    /** Where the highlighting spans of {@code query} fall in {@code text}; see {@link Snippets#matches}. */
    public static List<int[]> matches(String text, String query) {
        return Snippets.matches(text, query);
    }

    private void refreshIfDirty() {
        if (dirty.compareAndSet(true, false)) {
            refresh();
        }
    }

    private void refresh() {
        io(searchers::maybeRefreshBlocking);
    }

    /** Commits what is pending so the next open is fast and complete. */
    @Override
    public void close() {
        try (dir; writer; searchers) {
            if (writer.isOpen() && writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException e) {
            log.warn("Search index did not close cleanly; it will be rebuilt if needed", e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new DealBriefException("Search index update failed: " + e.getMessage(), e);
        }
    }
}
