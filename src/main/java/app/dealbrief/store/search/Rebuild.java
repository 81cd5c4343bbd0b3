package app.dealbrief.store.search;

import app.dealbrief.domain.Note;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds every note to the writer from a few threads. The caller's thread reads the iterator (it may
 * be a database cursor, which is not thread-safe) and hands out batches; workers turn notes into
 * documents and index them, since analysis is where the time goes and IndexWriter takes documents
 * from many threads at once.
 */
final class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final int BATCH = 256;
    private static final List<Note> END = List.of();

    private Rebuild() {
    }

    /** Returns how many notes were indexed; notes without an id are skipped with a warning. */
    static int run(IndexWriter writer, Iterator<Note> notes) throws IOException {
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        BlockingQueue<List<Note>> queue = new ArrayBlockingQueue<>(workers * 2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int[] counts = new int[workers];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int slot = w;
            Thread t = new Thread(() -> work(writer, queue, failure, counts, slot), "search-rebuild-" + w);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        try {
            List<Note> batch = new ArrayList<>(BATCH);
            while (notes.hasNext() && failure.get() == null) {
                batch.add(notes.next());
                if (batch.size() == BATCH) {
                    put(queue, batch, failure);
                    batch = new ArrayList<>(BATCH);
                }
            }
            put(queue, batch, failure);
        } finally {
            finish(queue, workers);
            for (Thread t : threads) {
                join(t);
            }
        }
        Throwable t = failure.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t != null) {
            throw new IOException(t);
        }
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }

    private static void work(IndexWriter writer, BlockingQueue<List<Note>> queue, AtomicReference<Throwable> failure,
                             int[] counts, int slot) {
        try {
            while (true) {
                List<Note> batch = queue.take();
                if (batch == END) {
                    return;
                }
                if (failure.get() != null) {
                    continue; // drain so the producer never blocks
                }
                for (Note n : batch) {
                    if (n == null || n.id() == null || n.id().isBlank()) {
                        log.warn("Skipping a note without an id while rebuilding the search index");
                        continue;
                    }
                    writer.addDocument(NoteDocs.toDocument(n));
                    counts[slot]++;
                }
            }
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
            drain(queue);
        }
    }

    /** After a failure, keep taking batches until END so the producer and the other workers finish. */
    private static void drain(BlockingQueue<List<Note>> queue) {
        try {
            while (queue.take() != END) {
                // discard
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void put(BlockingQueue<List<Note>> queue, List<Note> batch, AtomicReference<Throwable> failure) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        }
    }

    /** One END per worker, delivered even if this thread was interrupted, or the workers would wait forever. */
    private static void finish(BlockingQueue<List<Note>> queue, int workers) {
        boolean interrupted = Thread.interrupted();
        for (int w = 0; w < workers; w++) {
            while (true) {
                try {
                    queue.put(END);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
