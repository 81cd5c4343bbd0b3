package app.dealbrief.ui.common;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One daemon worker thread, so workspace calls run in the order the user asked for them and never
 * race each other; results are posted back with Platform.runLater.
 */
public final class FxBackground implements Background {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dealbrief-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (worker.isShutdown()) {
            // After finish(): the store is closed. Callbacks of the last work (a refresh after the final save)
            // may still ask for more; there is nothing left to do it with.
            org.slf4j.LoggerFactory.getLogger(FxBackground.class).debug("work after shutdown dropped");
            return;
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                Platform.runLater(() -> onFailure.accept(t));
            }
        });
    }

    @Override
    public void ui(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * Runs last work on the worker and waits for it: used at shutdown so the store is released before
     * stop() returns. shutdown() (not shutdownNow) because interrupting a thread inside H2 can corrupt it.
     */
    public void finish(Runnable last, Duration timeout) {
        worker.execute(last);
        worker.shutdown();
        try {
            worker.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
