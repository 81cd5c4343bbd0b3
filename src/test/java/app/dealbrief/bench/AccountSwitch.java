package app.dealbrief.bench;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.ui.DealBriefApp;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Pane;
import javafx.stage.Window;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Child JVM (Monocle) for the window-feel rows of issue 16: launches {@link DealBriefApp} on a store, reports
 * when the first window is shown ({@code BENCH shell-ms}, since JVM start), then selects accounts of about 100
 * notes in {@code #accountList} as a click does and times, from the selection, the briefing header naming the
 * account ({@code header}) and the full briefing (header named, loading spinner gone: {@code full}). Each
 * account is visited twice: the first visit builds its briefing, the second finds it cached. Prints
 * {@code BENCH switch first-header=.. first-full=.. again-header=.. again-full=..} lines, in milliseconds.
 */
public final class AccountSwitch {
    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();
    private static final int ACCOUNTS = 6;
    private static final int TARGET_NOTES = 100;

    private AccountSwitch() {
    }

    public static void main(String[] args) throws Exception {
        Thread launcher = new Thread(() -> Application.launch(DealBriefApp.class, args), "bench-launch");
        launcher.setDaemon(true);
        launcher.start();
        long shell = waitFor(() -> window() != null, 120_000);
        System.out.printf("BENCH shell-ms=%d%n", shell < 0 ? -1 : System.currentTimeMillis() - JVM_START);
        if (waitFor(() -> !accounts().isEmpty(), 150_000) < 0) {
            System.out.println("BENCH timeout=true");
            System.exit(1);
        }
        List<AccountSummary> all = onFx(AccountSwitch::accounts);
        List<AccountSummary> picked = new ArrayList<>(all);
        picked.removeIf(AccountSummary::sample);
        picked.sort(Comparator.comparingInt(a -> Math.abs(a.noteCount() - TARGET_NOTES)));
        picked = picked.subList(0, Math.min(ACCOUNTS, picked.size()));
        for (int pass = 0; pass < 2; pass++) {
            for (AccountSummary a : picked) {
                long[] t = visit(a);
                System.out.printf("BENCH switch pass=%d notes=%d header-ms=%.1f full-ms=%.1f%n", pass, a.noteCount(),
                        t[0] / 1e6, t[1] / 1e6);
            }
        }
        System.out.flush();
        Platform.exit();
        launcher.join(30_000);
        System.exit(0);
    }

    /**
     * Selects the account and returns nanoseconds to the header and to the full briefing, each taken at the end of
     * the first layout pulse that shows it (a post-layout pulse listener on the scene: no polling, which would
     * queue work on the FX thread and delay what it measures).
     */
    private static long[] visit(AccountSummary a) throws Exception {
        long[] start = new long[1];
        long[] header = {-1};
        long[] full = {-1};
        CountDownLatch done = new CountDownLatch(1);
        Runnable[] listener = new Runnable[1];
        onFx(() -> {
            javafx.scene.Scene scene = window().getScene();
            Node view = scene.lookup("#briefingView");
            Label title = (Label) view.lookup(".briefing-title");
            Pane row = (Pane) title.getParent();
            listener[0] = () -> {
                long now = System.nanoTime() - start[0];
                boolean named = a.name().equals(title.getText());
                if (named && header[0] < 0) {
                    header[0] = now;
                }
                if (named && row.getChildren().stream().filter(n -> n instanceof javafx.scene.control.ProgressIndicator)
                        .noneMatch(Node::isVisible)) {
                    full[0] = now;
                    scene.removePostLayoutPulseListener(listener[0]);
                    done.countDown();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            start[0] = System.nanoTime();
            list().getSelectionModel().select(a);
            Platform.requestNextPulse();
            return null;
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            onFx(() -> {
                window().getScene().removePostLayoutPulseListener(listener[0]);
                return null;
            });
        }
        return new long[] {header[0], full[0]};
    }

    private static Window window() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                return w;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static ListView<AccountSummary> list() {
        Window w = window();
        Node n = w == null ? null : w.getScene().lookup("#accountList");
        return n instanceof ListView<?> l ? (ListView<AccountSummary>) l : null;
    }

    private static List<AccountSummary> accounts() {
        ListView<AccountSummary> l = list();
        return l == null ? List.of() : List.copyOf(l.getItems());
    }

    /** Polls the condition on the FX thread every 5 ms; the wait in ms, or -1 on timeout. */
    private static long waitFor(Supplier<Boolean> condition, long timeoutMs) throws InterruptedException {
        long t0 = System.currentTimeMillis();
        while (System.currentTimeMillis() - t0 < timeoutMs) {
            try {
                if (Boolean.TRUE.equals(onFx(condition::get))) {
                    return System.currentTimeMillis() - t0;
                }
            } catch (IllegalStateException notYet) {
                // the toolkit is not up yet
            }
            Thread.sleep(5);
        }
        return -1;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws InterruptedException {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out.set(work.call());
            } catch (Exception e) {
                failed.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread busy for 30 s");
        }
        if (failed.get() != null) {
            throw new IllegalStateException(failed.get());
        }
        return out.get();
    }
}
