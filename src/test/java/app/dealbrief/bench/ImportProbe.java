package app.dealbrief.bench;

import app.dealbrief.domain.ImportReport;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Child JVM for the real-vault import row (issue 17): imports {@code VAULT} into an empty data folder
 * {@code DATA}, as {@code dealbrief import} does, and prints {@code BENCH import-ms=... rss-peak-mb=...}.
 * Run with the JVM's default heap (no {@code -Xmx}): peak RSS is the kernel's high-water mark of this
 * process's resident memory ({@code VmHWM} in {@code /proc/self/status}), JVM start included.
 */
public final class ImportProbe {
    private ImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Bench.deleteTree(data);
        long t = System.nanoTime();
        ImportReport r;
        long importNanos;
        try (Workspace ws = Workspaces.open(data)) {
            long i = System.nanoTime();
            r = ws.importPaths(List.of(vault), Workspace.Progress.NONE);
            importNanos = System.nanoTime() - i;
        }
        long total = System.nanoTime() - t;
        System.out.printf("BENCH import-ms=%d open-import-close-ms=%d rss-peak-mb=%d imported=%d rejected=%d%n",
                importNanos / 1_000_000, total / 1_000_000, kb("VmHWM") / 1024, r.imported(), r.rejected().size());
        System.out.println("REPORT " + r.summaryLine());
        System.exit(0);
    }

    /** A {@code kB} line of /proc/self/status, or -1 off Linux. */
    static long kb(String key) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim());
            }
        }
        return -1;
    }
}
