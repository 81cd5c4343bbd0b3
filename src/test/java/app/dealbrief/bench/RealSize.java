package app.dealbrief.bench;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 17's rows: the import of a real-size vault ({@link RealVault}: 2,000 notes, 25 MB, half copies) in a
 * child JVM with the default heap, its peak RSS, the cold start to the account list on that store, and cold
 * CLI {@code brief}/{@code sheet} on the 10k store.
 */
final class RealSize {
    /** What the installed launchers give the JVM (installer/build.sh); measured beside the plain JVM. */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Bench b;
    private final Path smallStore;

    RealSize(Bench b, Path smallStore) {
        this.b = b;
        this.smallStore = smallStore;
    }

    void run() throws Exception {
        Path vault = new RealVault(b.seed).write(b.dir, 2_000);
        Path store = b.dir.resolve("store-real-2000");
        System.out.println("9. import of a real-size vault (2,000 notes, 25 MB, half copies), child JVM, default -Xmx");
        int runs = Math.max(3, b.repeats);
        long[] plain = new long[runs];
        long[] launcher = new long[runs];
        double[] rssPlain = new double[runs];
        double[] rssLauncher = new double[runs];
        for (int r = 0; r < runs; r++) { // interleaved
            Bench.Run p = importOnce(List.of(), vault, store);
            Bench.Run l = importOnce(LAUNCHER_OPTIONS, vault, store);
            plain[r] = Long.parseLong(p.value("import-ms")) * 1_000_000L;
            rssPlain[r] = Double.parseDouble(p.value("rss-peak-mb"));
            launcher[r] = Long.parseLong(l.value("import-ms")) * 1_000_000L;
            rssLauncher[r] = Double.parseDouble(l.value("rss-peak-mb"));
            System.out.printf("   run %d: plain JVM %s ms, %s MB; launcher options %s ms, %s MB%n", r + 1,
                    p.value("import-ms"), p.value("rss-peak-mb"), l.value("import-ms"), l.value("rss-peak-mb"));
        }
        b.report.millis("real vault import (launcher JVM options)", 2_000, launcher, 3000.0, String.join(" ", LAUNCHER_OPTIONS));
        b.report.add(new Report.Row("real vault import peak RSS (launcher options)", 2_000, Report.median(rssLauncher),
                null, "MB", Report.Goal.AT_MOST, 400.0, false, "VmHWM, default -Xmx"));
        b.report.millis("real vault import (plain java)", 2_000, plain, null, null);
        b.report.add(new Report.Row("real vault import peak RSS (plain java)", 2_000, Report.median(rssPlain), null,
                "MB", Report.Goal.NONE, null, false, "VmHWM, default -Xmx"));

        System.out.println("10. cold start to a populated #accountList (Monocle) on the real-size store");
        List<String> jvm = new ArrayList<>(Bench.MONOCLE);
        jvm.addAll(LAUNCHER_OPTIONS);
        b.report.millis("cold start to account list, 2,000 notes", 2_000, coldStarts(jvm, store), 1500.0,
                "launcher options");

        if (!Files.isRegularFile(b.jar)) {
            System.out.println("   SKIPPED cold CLI brief: no " + b.jar);
            return;
        }
        System.out.println("11. cold CLI brief on the 10k store (java -jar)");
        AccountSummary largest;
        AccountSummary small;
        try (Workspace ws = Workspaces.open(smallStore)) {
            largest = SmallStore.closest(ws.accounts(), 100_000, 1);
            small = SmallStore.closest(ws.accounts(), 4, 1);
        }
        b.report.millis("brief, cold CLI start, " + small.noteCount() + "-note account", small.noteCount(),
                coldCli(List.of("brief", small.name())), 1000.0, null);
        b.report.millis("brief, cold CLI start, largest account", largest.noteCount(),
                coldCli(List.of("brief", largest.name())), 1000.0, largest.name());
    }

    private Bench.Run importOnce(List<String> jvm, Path vault, Path store) throws Exception {
        Path log = b.dir.resolve("logs/real-import.log");
        Bench.Run run = Bench.spawn(Bench.javaOnClassPath(jvm, ImportProbe.class.getName(), vault.toString(),
                store.toString()), log, 600);
        SmallStore.check(run.exit() == 0 && run.value("import-ms") != null && "2000".equals(run.value("imported")),
                "real-vault import exited " + run.exit() + ", see " + log);
        return run;
    }

    private long[] coldStarts(List<String> jvm, Path store) throws Exception {
        List<String> cmd = Bench.javaOnClassPath(jvm, ColdStart.class.getName(), "--data-dir=" + store);
        Path log = b.dir.resolve("logs/cold-start-real.log");
        int runs = Math.max(3, b.repeats);
        long[] t = new long[runs];
        for (int r = -1; r < runs; r++) {
            Bench.Run run = Bench.spawn(cmd, log, 180);
            String ms = run.value("accounts-ms");
            SmallStore.check(run.exit() == 0 && ms != null, "cold start exited " + run.exit() + ", see " + log);
            if (r >= 0) {
                t[r] = Long.parseLong(ms) * 1_000_000L;
            }
        }
        return t;
    }

    private long[] coldCli(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Bench.javaBin(), "-jar", b.jar.toString()));
        cmd.addAll(args);
        cmd.addAll(List.of("--data-dir", smallStore.toString()));
        int runs = Math.max(3, b.repeats);
        long[] t = new long[runs];
        for (int r = -1; r < runs; r++) {
            Bench.Run run = Bench.spawn(cmd, b.dir.resolve("logs/brief-cli.log"), 120);
            SmallStore.check(run.exit() == 0, "CLI brief exited " + run.exit() + ", see logs/brief-cli.log");
            if (r >= 0) {
                t[r] = run.nanos();
            }
        }
        return t;
    }
}
