package app.dealbrief.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 16's window-feel rows, from {@link AccountSwitch} in a child JVM (Monocle, the launcher's JVM options) on
 * the 10k store: launch to
 * the first shown window, and account switching from the selection to the header and to the full briefing of
 * accounts of about 100 notes (first visits after one warm-up visit, and cached revisits). Medians of all
 * starts' visits.
 */
final class WindowFeel {
    private static final Pattern SWITCH = Pattern.compile(
            "BENCH switch pass=(\\d) notes=(\\d+) header-ms=([\\d.-]+) full-ms=([\\d.-]+)");
    private final Bench b;
    private final Path store;
    private final int n;

    WindowFeel(Bench b, Path store, int n) {
        this.b = b;
        this.store = store;
        this.n = n;
    }

    void run() throws Exception {
        System.out.printf("8. window feel (Monocle, %,d notes): first shown window, account switch%n", n);
        // With the installed launcher's JVM options (quick JIT, serial GC), as users start the window.
        List<String> jvm = new ArrayList<>(RealSize.LAUNCHER_OPTIONS);
        jvm.addAll(Bench.MONOCLE);
        List<String> cmd = Bench.javaOnClassPath(jvm, AccountSwitch.class.getName(), "--data-dir=" + store);
        Path log = b.dir.resolve("logs/account-switch.log");
        int runs = Math.max(2, b.repeats);
        List<Long> shell = new ArrayList<>();
        List<Long> header = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        int notes = 0;
        for (int r = 0; r < runs; r++) {
            Bench.Run run = Bench.spawn(cmd, log, 300);
            String ms = run.value("shell-ms");
            SmallStore.check(run.exit() == 0 && ms != null, "account switch exited " + run.exit() + ", see " + log);
            shell.add(Long.parseLong(ms) * 1_000_000L);
            Matcher m = SWITCH.matcher(run.out());
            int visit = 0;
            while (m.find()) {
                long h = (long) (Double.parseDouble(m.group(3)) * 1e6);
                long f = (long) (Double.parseDouble(m.group(4)) * 1e6);
                if (m.group(1).equals("0")) {
                    if (visit++ == 0) {
                        continue; // the first visit warms the JVM's briefing code
                    }
                    header.add(h);
                    full.add(f);
                    notes = Math.max(notes, Integer.parseInt(m.group(2)));
                } else {
                    again.add(f);
                }
            }
        }
        b.report.millis("launch to first shown window (Monocle)", n, nanos(shell), 1000.0, null);
        b.report.millis("account switch: selection to header", notes, nanos(header), 100.0, "accounts of ~100 notes");
        b.report.millis("account switch: selection to full briefing, warm", notes, nanos(full), 500.0,
                "first visit, briefing built");
        b.report.millis("account switch: back to a seen account", notes, nanos(again), 100.0, "briefing cached");
    }

    private static long[] nanos(List<Long> xs) {
        return xs.stream().mapToLong(Long::longValue).toArray();
    }
}
