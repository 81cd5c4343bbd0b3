package app.dealbrief.bench;

import app.dealbrief.ui.DealBriefApp;
import app.dealbrief.workspace.Workspace;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Window;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Child JVM for scenario 6 (run with the Monocle properties): launches {@link DealBriefApp} as
 * {@code Application.launch} does for the real app, polls for {@code #accountList} to have items and prints
 * the milliseconds since JVM start ({@code BENCH accounts-ms=...}), with a breakdown: main reached, window
 * shown, store opened, and the workspace calls the start made (through a timing proxy on the test hook).
 */
public final class ColdStart {
    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();
    private static final AtomicLong opened = new AtomicLong(-1);
    private static final AtomicLong openTook = new AtomicLong(-1);
    private static final AtomicLong accountsTook = new AtomicLong(-1);
    private static final Map<String, Long> slowCalls = new ConcurrentHashMap<>();

    private ColdStart() {
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - JVM_START;
    }

    public static void main(String[] args) throws Exception {
        long main = sinceStart();
        DealBriefApp.workspaceFactory = dir -> {
            long t = System.nanoTime();
            Workspace ws = DealBriefApp.DEFAULT_FACTORY.apply(dir);
            openTook.set((System.nanoTime() - t) / 1_000_000);
            opened.set(sinceStart());
            return timed(ws);
        };
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong shown = new AtomicLong(-1);
        AtomicLong populated = new AtomicLong(-1);
        AtomicInteger count = new AtomicInteger();
        Thread poller = new Thread(() -> poll(shown, populated, count, done), "bench-poller");
        poller.setDaemon(true);
        poller.start();
        Thread launcher = new Thread(() -> Application.launch(DealBriefApp.class, args), "bench-launch");
        launcher.setDaemon(true);
        launcher.start();
        boolean ok = done.await(150, TimeUnit.SECONDS);
        String slow = slowCalls.isEmpty() ? "" : " slow-calls=" + String.join(",",
                slowCalls.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "ms").toList());
        System.out.printf("BENCH main-ms=%d shown-ms=%d opened-ms=%d open-took-ms=%d accounts-took-ms=%d%s%n", main,
                shown.get(), opened.get(), openTook.get(), accountsTook.get(), slow);
        if (!ok) {
            System.out.println("BENCH timeout=true");
            System.exit(1);
        }
        System.out.printf("BENCH accounts-ms=%d accounts=%d%n", populated.get(), count.get());
        System.out.flush();
        Platform.exit(); // stop() closes the store; launch() then returns on the launcher thread
        launcher.join(30_000);
        System.exit(0);
    }

    /** Polls the FX thread every 5 ms for the shown window and a non-empty account list. */
    private static void poll(AtomicLong shown, AtomicLong populated, AtomicInteger count, CountDownLatch done) {
        while (true) {
            CountDownLatch checked = new CountDownLatch(1);
            try {
                Platform.runLater(() -> {
                    try {
                        for (Window w : List.copyOf(Window.getWindows())) {
                            if (w.isShowing() && shown.get() < 0) {
                                shown.set(sinceStart());
                            }
                            Node n = w.getScene() == null ? null : w.getScene().lookup("#accountList");
                            if (n instanceof ListView<?> list && !list.getItems().isEmpty()) {
                                populated.set(sinceStart());
                                count.set(list.getItems().size());
                                done.countDown();
                            }
                        }
                    } finally {
                        checked.countDown();
                    }
                });
                checked.await(5, TimeUnit.SECONDS);
            } catch (IllegalStateException notYet) {
                // the toolkit is not up yet
            } catch (InterruptedException e) {
                return;
            }
            if (done.getCount() == 0) {
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The workspace with every call timed: the start's slow calls are its profile. */
    private static Workspace timed(Workspace ws) {
        return (Workspace) Proxy.newProxyInstance(Workspace.class.getClassLoader(), new Class<?>[] {Workspace.class},
                (proxy, method, a) -> {
                    long t = System.nanoTime();
                    try {
                        return method.invoke(ws, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        long ms = (System.nanoTime() - t) / 1_000_000;
                        if (method.getName().equals("accounts") && accountsTook.get() < 0) {
                            accountsTook.set(ms);
                        }
                        if (ms >= 50) {
                            slowCalls.merge(method.getName(), ms, Long::sum);
                        }
                    }
                });
    }
}
