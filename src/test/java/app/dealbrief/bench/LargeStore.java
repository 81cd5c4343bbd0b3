package app.dealbrief.bench;

import app.dealbrief.domain.ImportReport;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The 100,000-note store the large scenarios open: imported once per run (timed), or reused on request. */
final class LargeStore {
    private static final String MARKER = ".bench-store";
    private final Bench b;

    LargeStore(Bench b) {
        this.b = b;
    }

    Path prepare() throws IOException {
        int n = Bench.LARGE;
        Path vault = b.vault(n);
        Path store = b.dir.resolve("store-" + n);
        String stamp = Files.readString(vault.resolve(VaultGenerator.MARKER)).strip();
        Path marker = store.resolve(MARKER);
        if (b.reuseStore && Files.isRegularFile(marker) && Files.readString(marker).strip().equals(stamp)) {
            System.out.println("reusing " + store + " (-Dbench.reuseStore=true)");
            return store;
        }
        System.out.println("importing " + n + " notes into " + store + " (takes minutes; the large scenarios need it)");
        Bench.deleteTree(store);
        try (Workspace ws = Workspaces.open(store)) {
            long t = System.nanoTime();
            ImportReport r = ws.importPaths(List.of(vault), Workspace.Progress.NONE);
            long nanos = System.nanoTime() - t;
            SmallStore.check(r.imported() == n && r.rejected().isEmpty(), "import: " + r.summaryLine());
            b.report.add(new Report.Row("import, empty store (incl. index)", n, n / (nanos / 1e9), null,
                    "notes/s", Report.Goal.NONE, null, false, String.format("one run, %.0f s", nanos / 1e9)));
        }
        Files.writeString(marker, stamp + "\n");
        return store;
    }
}
