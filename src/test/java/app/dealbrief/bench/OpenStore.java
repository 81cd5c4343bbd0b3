package app.dealbrief.bench;

import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Scenarios 4, 6 and 7 on the big store: search, cold start to first window, heap with the store open. */
final class OpenStore {
    private final Bench b;
    private final Path store;
    private final int n;
    private final String note;

    OpenStore(Bench b, Path store, int n) {
        this.b = b;
        this.store = store;
        this.n = n;
        this.note = b.large ? null : "quick run: 10k store, target is for 100k";
    }

    void run() throws Exception {
        search();
        coldStart();
        heap();
    }

    // ----------------------------------------------------------------------------------------------- 4. search

    private void search() {
        System.out.printf("4. search at %,d notes (200 queries, limit 20, 3 warm-up rounds)%n", n);
        List<String> queries = b.generator.queries(200, b.seed + 7);
        String built = builtMark(store.resolve("index"));
        try (Workspace ws = Workspaces.open(store)) {
            long s = System.nanoTime();
            ws.search("nvidia capacity", 20);
            b.report.millis("search, first query after open", n, new long[] {System.nanoTime() - s}, null,
                    "true".equals(built) ? "index was complete" : "index not marked complete: this was a full rebuild");
            for (int round = 0; round < 3; round++) {
                queries.forEach(q -> ws.search(q, 20));
            }
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long[] wall = new long[queries.size()];
            long[] cpu = new long[queries.size()];
            int empty = 0;
            for (int i = 0; i < wall.length; i++) {
                long c = mx.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                empty += ws.search(queries.get(i), 20).isEmpty() ? 1 : 0;
                wall[i] = System.nanoTime() - t;
                cpu[i] = mx.getCurrentThreadCpuTime() - c;
            }
            b.report.millis("search p95 (200 varied queries)", n, wall, Report.Goal.AT_MOST, 20.0, true,
                    note != null ? note : empty + " of 200 found nothing");
            // CPU of the searching thread: what a query costs with a core to itself (robust to a busy machine)
            b.report.millis("search CPU per query (thread CPU)", n, cpu, null, null);
            if (Report.p95(toMs(wall)) >= 20) {
                SmallStore.profile("search", () -> queries.forEach(q -> ws.search(q, 20)));
            }
        }
    }

    /**
     * The index's "built" commit mark (set only by a completed rebuild), read before the workspace opens it:
     * without it the first search rebuilds the whole index, which is what the first-query figure then measures.
     */
    private static String builtMark(Path index) {
        try (var dir = org.apache.lucene.store.FSDirectory.open(index);
             var r = org.apache.lucene.index.DirectoryReader.open(dir)) {
            return r.getIndexCommit().getUserData().get("dealbrief.built");
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static double[] toMs(long[] nanos) {
        double[] d = new double[nanos.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = nanos[i] / 1e6;
        }
        return d;
    }

    // ------------------------------------------------------------------------------------------ 6. cold start

    private void coldStart() throws Exception {
        System.out.printf("6. cold start to a populated #accountList (Monocle) with %,d notes stored%n", n);
        List<String> cmd = Bench.javaOnClassPath(Bench.MONOCLE, ColdStart.class.getName(), "--data-dir=" + store);
        Path log = b.dir.resolve("logs/cold-start.log");
        int runs = Math.max(3, b.repeats);
        long[] t = new long[runs];
        Bench.Run last = null;
        for (int r = -1; r < runs; r++) { // one warm-up start, for the OS file cache
            Bench.Run run = Bench.spawn(cmd, log, 180);
            String ms = run.value("accounts-ms");
            SmallStore.check(run.exit() == 0 && ms != null, "cold start exited " + run.exit() + ", see " + log);
            if (r >= 0) {
                t[r] = Long.parseLong(ms) * 1_000_000L;
                last = run;
            }
        }
        b.report.millis("cold start to account list (Monocle)", n, t, 2000.0, note);
        System.out.printf("   last start, ms since JVM start: main %s, window shown %s, store open %s (took %s),"
                        + " accounts() %s ms, list populated %s (%s accounts)%n", last.value("main-ms"),
                last.value("shown-ms"), last.value("opened-ms"), last.value("open-took-ms"),
                last.value("accounts-took-ms"), last.value("accounts-ms"), last.value("accounts"));
        String slow = last.value("slow-calls");
        if (slow != null) {
            System.out.println("   workspace calls over 50 ms during start: " + slow);
        }
    }

    // ------------------------------------------------------------------------------------------------ 7. heap

    private void heap() throws Exception {
        System.out.printf("7. heap after full GC with %,d notes open (workspace, accounts, a briefing, a search)%n", n);
        Path log = b.dir.resolve("logs/heap.log");
        List<String> jvm = new ArrayList<>(List.of("-XX:+UseG1GC"));
        Bench.Run run = Bench.spawn(Bench.javaOnClassPath(jvm, HeapProbe.class.getName(), store.toString()), log, 600);
        String mb = run.value("heap-mb");
        SmallStore.check(run.exit() == 0 && mb != null, "heap probe exited " + run.exit() + ", see " + log);
        double used = Double.parseDouble(mb);
        b.report.add(new Report.Row("heap after full GC, store open", n, used, null, "MB", Report.Goal.AT_MOST,
                300.0, false, note != null ? note : "briefing of " + run.value("account")));
        if (used >= 300) {
            System.out.println("   top of the class histogram (from the probe):");
            run.out().lines().filter(l -> l.startsWith("HISTO ")).forEach(l -> System.out.println("   " + l.substring(6)));
        }
    }
}
