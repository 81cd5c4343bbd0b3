package app.dealbrief.bench;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Child JVM for scenario 7, so that nothing of the harness is on the heap it measures: opens the store,
 * lists accounts, builds the briefing of the account closest to 1,000 notes, runs one search, then reports
 * the heap used after full GCs ({@code BENCH heap-mb=...}) and the top of the class histogram.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        try (Workspace ws = Workspaces.open(store)) {
            List<AccountSummary> accounts = ws.accounts();
            AccountSummary a = SmallStore.closest(accounts, 1_000, 1);
            ws.briefing(a.name());
            ws.search("nvidia capacity", 20);
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            for (int i = 0; i < 4; i++) {
                System.gc();
                Thread.sleep(200);
            }
            long used = mem.getHeapMemoryUsage().getUsed();
            System.out.printf("BENCH heap-mb=%.1f account=%s notes=%d accounts=%d%n", used / 1048576.0,
                    a.name().replace(' ', '_'), a.noteCount(), accounts.size());
            histogram(15);
            // the workspace stays reachable to here: what was measured is what an open app holds
            System.out.println("BENCH open=" + (ws.dataDir() != null));
        }
    }

    /** The top of the live-object histogram, through the same diagnostic command as jcmd GC.class_histogram. */
    private static void histogram(int lines) {
        try {
            var server = ManagementFactory.getPlatformMBeanServer();
            String h = (String) server.invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
            h.lines().limit(lines + 2L).forEach(l -> System.out.println("HISTO " + l));
        } catch (Exception e) {
            System.out.println("HISTO unavailable: " + e);
        }
    }
}
