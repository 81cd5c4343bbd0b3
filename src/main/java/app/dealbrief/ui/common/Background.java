package app.dealbrief.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs blocking work. Callbacks arrive on the UI thread, so view models may touch
 * their observables there. Implementations never interrupt the worker: a thread inside H2 must not be
 * interrupted, so long work is cancelled by a flag it checks.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs on the UI thread (progress updates from inside work). */
    void ui(Runnable action);

    default void run(Runnable work, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }
}
