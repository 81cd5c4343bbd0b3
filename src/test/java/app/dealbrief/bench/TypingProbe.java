package app.dealbrief.bench;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.ui.DealBriefApp;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Child JVM for the typing scenario (run with the Monocle properties): starts the real app on a fresh
 * data folder (so the sample vault is loaded), opens the longest sample note in the editor and types into
 * the middle of it, a key every 35 ms with a pause now and then so autosave, the crash journal and the
 * history run in between, as they do for a person typing. Each sample is the time from the key event to
 * the end of the layout pass that shows the new text: what the FX thread makes the typist wait. Prints
 * {@code BENCH typing-ms=a,b,c... chars=N}.
 */
public final class TypingProbe {
    private static final int KEYS = 240;
    private static final String TEXT = "Storage pitch: checkpoint bandwidth for the next training run. ";

    private TypingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread launcher = new Thread(() -> Application.launch(DealBriefApp.class, "--data-dir=" + args[0]),
                "bench-launch");
        launcher.setDaemon(true);
        launcher.start();

        ListView<AccountSummary> accounts = waitFor(() -> {
            ListView<AccountSummary> l = lookup("#accountList");
            return l != null && !l.getItems().isEmpty() ? l : null;
        });
        AccountSummary busiest = onFx(() -> accounts.getItems().stream()
                .max(Comparator.comparingInt(AccountSummary::noteCount)).orElseThrow());
        onFx(() -> {
            accounts.getSelectionModel().select(busiest);
            TabPane tabs = lookup(".main-tabs");
            tabs.getSelectionModel().select(1); // Notes
            return null;
        });
        ListView<NoteSummary> notes = waitFor(() -> {
            ListView<NoteSummary> l = lookup("#noteList");
            return l != null && l.getItems().size() == busiest.noteCount() ? l : null;
        });
        // The longest of the account's notes: the most text to lay out again on every key.
        int best = 0;
        int bestLength = -1;
        for (int i = 0; i < busiest.noteCount(); i++) {
            int length = open(notes, i);
            if (length > bestLength) {
                best = i;
                bestLength = length;
            }
        }
        open(notes, best);
        TextArea area = waitFor(() -> lookup("#noteEditor"));
        int chars = onFx(() -> {
            area.requestFocus();
            area.positionCaret(area.getLength() / 2);
            return area.getLength();
        });
        Thread.sleep(1500); // let the start's background work settle

        Scene scene = onFx(area::getScene);
        List<Long> samples = new ArrayList<>();
        for (int k = 0; k < KEYS; k++) {
            String ch = String.valueOf(TEXT.charAt(k % TEXT.length()));
            long[] t = new long[2];
            CountDownLatch laidOut = new CountDownLatch(1);
            Runnable after = new Runnable() {
                @Override
                public void run() {
                    t[1] = System.nanoTime();
                    scene.removePostLayoutPulseListener(this);
                    laidOut.countDown();
                }
            };
            Platform.runLater(() -> {
                t[0] = System.nanoTime();
                scene.addPostLayoutPulseListener(after);
                KeyCode code = ch.equals(" ") ? KeyCode.SPACE : KeyCode.A;
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false));
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
                Platform.requestNextPulse();
            });
            if (!laidOut.await(10, TimeUnit.SECONDS)) {
                System.out.println("BENCH timeout=true");
                System.exit(1);
            }
            samples.add(t[1] - t[0]);
            Thread.sleep(k % 60 == 59 ? 1500 : 35); // a pause: autosave runs 1 s after typing stops
        }
        int typed = onFx(area::getLength) - chars;
        if (typed != KEYS) {
            System.out.println("BENCH error=typed-" + typed + "-of-" + KEYS);
            System.exit(1);
        }
        StringBuilder ms = new StringBuilder();
        for (long s : samples) {
            ms.append(ms.length() == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.2f", s / 1e6));
        }
        System.out.printf("BENCH typing-ms=%s chars=%d account=%s%n", ms, chars, busiest.name().replace(' ', '_'));
        System.out.flush();
        Platform.exit();
        launcher.join(30_000);
        System.exit(0);
    }

    /** Selects note {@code index} and returns the length of the text the editor shows for it. */
    private static int open(ListView<NoteSummary> notes, int index) throws Exception {
        onFx(() -> {
            notes.getSelectionModel().select(index);
            return null;
        });
        Thread.sleep(500); // the note's text comes from the worker; a fresh text area per note
        return waitFor(() -> {
            TextArea a = lookup("#noteEditor");
            return a != null && !a.getText().isEmpty() ? a.getLength() : null;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T extends Node> T lookup(String selector) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                Node n = w.getScene().lookup(selector);
                if (n != null) {
                    return (T) n;
                }
            }
        }
        return null;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(20, TimeUnit.SECONDS);
    }

    /** Polls on the FX thread until {@code probe} returns non-null (the toolkit may not be up yet). */
    private static <T> T waitFor(Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                T v = onFx(probe);
                if (v != null) {
                    return v;
                }
            } catch (IllegalStateException notYet) {
                // the toolkit is not up yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("timed out");
    }
}
