package app.dealbrief.workspace;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.SearchHit;
import app.dealbrief.store.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps the search index in step with the store. The index is derived data: it is opened on first use
 * (in memory for an encrypted store, so no plaintext reaches the disk), updated note by note after each
 * change, and rebuilt whole when it is not known to be complete. A failure to update it never fails the
 * change that caused it: the index is marked stale and rebuilt before the next search.
 */
final class IndexKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(IndexKeeper.class);

    private final StoreSession session;
    private final NoteHydrator hydrator;
    private final app.dealbrief.notes.NoteParser feedParser = new app.dealbrief.notes.NoteParser();
    private final Object lock = new Object();
    private SearchIndex index;
    private volatile boolean stale;

    IndexKeeper(StoreSession session, NoteHydrator hydrator) {
        this.session = session;
        this.hydrator = hydrator;
    }

    List<SearchHit> search(String query, int limit) {
        synchronized (lock) {
            SearchIndex idx = index();
            if (stale || idx.needsRebuild() || idx.size() != session.notes().liveCount()) {
                rebuild(idx);
            }
            return idx.search(query, limit);
        }
    }

    /** The notes with these ids changed (or were added): they are indexed again. */
    void reindex(List<String> ids) {
        synchronized (lock) {
            try {
                SearchIndex idx = index();
                if (stale || idx.needsRebuild()) {
                    // An index not known to be complete (new, damaged, or behind) is rebuilt once now, which
                    // also marks it complete; otherwise the first search would rebuild it anyway.
                    rebuild(idx);
                    return;
                }
                List<Note> changed = new ArrayList<>();
                for (String id : ids) {
                    session.notes().find(id).map(hydrator::toNote).ifPresent(changed::add);
                }
                idx.putAll(changed);
                idx.commit();
            } catch (RuntimeException e) {
                // The index is derived data: a failure here must never fail the import that already committed.
                LOG.warn("search index update failed; it will be rebuilt", e);
                stale = true;
            }
        }
    }

    /** The note left the live notes (trashed): it leaves the index. */
    void removed(String id) {
        synchronized (lock) {
            try {
                SearchIndex idx = index();
                idx.delete(id);
                idx.commit();
            } catch (RuntimeException e) {
                LOG.warn("search index update failed; it will be rebuilt", e);
                stale = true;
            }
        }
    }

    /** Many notes changed at once (whole accounts moved): the index is rebuilt before it is used again. */
    void markStale() {
        stale = true;
    }

    /**
     * Runs {@code work} (a restore, a passphrase change) with the index closed and no search under way; the
     * index is rebuilt afterwards, from whatever store {@code work} left, whether it succeeded or not.
     */
    <T> T offline(Supplier<T> work) {
        synchronized (lock) {
            close();
            try {
                return work.get();
            } finally {
                stale = true;
            }
        }
    }

    /** Drops the index files on disk (an encrypted store keeps its index in memory only). Inside {@link #offline}. */
    void deleteDiskCopy() {
        Path p = dir();
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}", p, e);
        }
    }

    void close() {
        synchronized (lock) {
            if (index != null) {
                try {
                    index.close();
                } catch (Exception e) {
                    LOG.warn("closing the search index", e);
                }
                index = null;
            }
        }
    }

    private Path dir() {
        return session.dataDir().resolve("index");
    }

    private SearchIndex index() {
        if (index == null) {
            index = session.encrypted() ? SearchIndex.inMemory() : SearchIndex.open(dir());
        }
        return index;
    }

    private void rebuild(SearchIndex idx) {
        LOG.info("rebuilding the search index");
        // page by page, parsing only what the index needs (not every note held and hydrated at once)
        idx.rebuild(IndexFeed.live(session.notes(), feedParser));
        idx.commit();
        stale = false;
    }
}
