package app.dealbrief.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and callbacks on the calling thread: view-model tests need no toolkit and no waiting. */
public final class DirectBackground implements Background {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable t) {
            onFailure.accept(t);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void ui(Runnable action) {
        action.run();
    }
}
