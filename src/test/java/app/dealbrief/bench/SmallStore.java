package app.dealbrief.bench;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.insight.BriefingBuilder;
import app.dealbrief.insight.Lexicon;
import app.dealbrief.insight.Playbook;
import app.dealbrief.notes.NoteParser;
import app.dealbrief.notes.VaultScanner;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import static app.dealbrief.bench.Report.Goal;

/** Scenarios 1, 2, 3 and 5 on the 10,000-note vault: import vs parse, re-import, briefing, sheet. */
final class SmallStore {
    private static final Workspace.Progress NONE = Workspace.Progress.NONE;
    private final Bench b;
    private final Report report;
    private Path vault;
    private final Path store;

    SmallStore(Bench b) {
        this.b = b;
        this.report = b.report;
        this.store = b.dir.resolve("store-" + Bench.SMALL);
    }

    Path store() {
        return store;
    }

    void run() throws Exception {
        vault = b.vault(Bench.SMALL);
        Path warm = b.vault(1_000);
        importVsParse(warm);
        reimport();
        briefing();
        sheet();
        typing();
    }

    // ------------------------------------------------------------------------------------- 1. import vs parse

    private long parseOnly(Path v, int expected) {
        long t = System.nanoTime();
        VaultScanner.ScanResult scan = VaultScanner.scan(List.of(v));
        NoteParser parser = new NoteParser();
        int sections = 0;
        for (VaultScanner.SourceFile f : scan.files()) {
            sections += parser.parse(f.text(), f.path().toString(), f.folderAccount()).sections().size();
        }
        long nanos = System.nanoTime() - t;
        check(scan.files().size() == expected && scan.rejected().isEmpty() && sections > 0,
                "parse-only read " + scan.files().size() + " of " + expected + " files");
        return nanos;
    }

    private long importInto(Path dataDir, Path v, int expected) {
        Bench.deleteTree(dataDir);
        try (Workspace ws = Workspaces.open(dataDir)) {
            long t = System.nanoTime();
            ImportReport r = ws.importPaths(List.of(v), NONE);
            long nanos = System.nanoTime() - t;
            check(r.imported() == expected && r.rejected().isEmpty(), "import: " + r.summaryLine());
            return nanos;
        }
    }

    private void importVsParse(Path warm) {
        System.out.println("1. import vs parse-only (warm-up on 1,000 notes)");
        for (int i = 0; i < 2; i++) {
            parseOnly(warm, 1_000);
            importInto(b.dir.resolve("store-warmup"), warm, 1_000);
        }
        Bench.deleteTree(b.dir.resolve("store-warmup"));
        int n = Bench.SMALL;
        long[] parse = new long[b.repeats];
        long[] imp = new long[b.repeats];
        for (int r = 0; r < b.repeats; r++) { // interleaved, so background load hits both alike
            parse[r] = parseOnly(vault, n);
            imp[r] = importInto(store, vault, n);
            System.out.printf("   run %d: parse-only %.1f s, import %.1f s%n", r + 1, parse[r] / 1e9, imp[r] / 1e9);
        }
        double[] importRates = rates(n, imp);
        double[] parseRates = rates(n, parse);
        report.add(new Report.Row("import, empty store (incl. index)", n, Report.median(importRates),
                n / Report.p95(seconds(imp)), "notes/s", Goal.NONE, null, false, "p95 = rate of the slowest run"));
        report.add(new Report.Row("parse-only (scan + parse, no store)", n, Report.median(parseRates),
                n / Report.p95(seconds(parse)), "notes/s", Goal.NONE, null, false, null));
        double ratio = 100 * Report.median(importRates) / Report.median(parseRates);
        report.add(new Report.Row("import rate / parse-only rate", n, ratio, null, "%", Goal.AT_LEAST, 50.0, false, null));
        if (ratio < 50) { // profiled on the 1,000-note vault: a tenth of the cost, the same code paths
            profile("import (1,000 notes)", () -> importInto(b.dir.resolve("store-profile"), warm, 1_000));
            Bench.deleteTree(b.dir.resolve("store-profile"));
        }
    }

    private static double[] seconds(long[] nanos) {
        double[] s = new double[nanos.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = nanos[i] / 1e9;
        }
        return s;
    }

    private static double[] rates(int n, long[] nanos) {
        double[] s = seconds(nanos);
        for (int i = 0; i < s.length; i++) {
            s[i] = n / s[i];
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------- 2. re-import

    private void reimport() {
        System.out.println("2. re-import of the unchanged vault (1 warm-up)");
        int runs = Math.max(5, b.repeats);
        long[] t = new long[runs];
        try (Workspace ws = Workspaces.open(store)) {
            for (int r = -1; r < runs; r++) {
                long s = System.nanoTime();
                ImportReport rep = ws.importPaths(List.of(vault), NONE);
                long nanos = System.nanoTime() - s;
                check(rep.unchanged() == Bench.SMALL, "re-import: " + rep.summaryLine());
                if (r >= 0) {
                    t[r] = nanos;
                }
            }
            report.millis("re-import unchanged vault", Bench.SMALL, t, 2000.0, null);
            if (Report.median(seconds(t)) >= 2) {
                profile("re-import", () -> ws.importPaths(List.of(vault), NONE));
            }
        }
    }

    // -------------------------------------------------------------------------------------------- 3. briefing

    /** The account whose note count is closest to {@code wanted}, among those with at least {@code atLeast}. */
    static AccountSummary closest(List<AccountSummary> accounts, int wanted, int atLeast) {
        return accounts.stream().filter(a -> a.noteCount() >= atLeast)
                .min(Comparator.comparingInt((AccountSummary a) -> Math.abs(a.noteCount() - wanted))
                        .thenComparing(AccountSummary::name))
                .orElseThrow(() -> new IllegalStateException("no account with " + atLeast + "+ notes"));
    }

    private void briefing() {
        System.out.println("3. briefing for a 1,000-note account");
        AccountSummary account;
        try (Workspace ws = Workspaces.open(store)) {
            account = closest(ws.accounts(), 1_000, 1_000);
        }
        int n = account.noteCount();
        System.out.printf("   account %s, %d notes%n", account.name(), n);
        // cold: the first briefing after opening the store (its cache empty); JIT already warm from above
        int runs = Math.max(3, b.repeats);
        long[] cold = new long[runs];
        for (int r = 0; r < runs; r++) {
            try (Workspace ws = Workspaces.open(store)) {
                long s = System.nanoTime();
                Briefing br = ws.briefing(account.name());
                cold[r] = System.nanoTime() - s;
                check(br.noteCount() == n, "briefing counted " + br.noteCount() + " notes, expected " + n);
            }
        }
        report.millis("briefing cold (first call after open)", n, cold, null, null);

        List<Note> notes = new ArrayList<>();
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Path data;
        try (Workspace ws = Workspaces.open(store)) {
            data = ws.dataDir();
            ws.briefing(account.name());
            long[] cached = time(50, () -> ws.briefing(account.name()));
            report.millis("briefing cached (repeat call)", n, cached, null, null);
            for (NoteSummary s : ws.notes(account.name())) {
                notes.add(ws.note(s.id()).orElseThrow());
            }
            ws.accounts().forEach(a -> known.add(a.name()));
        }
        LocalDate today = LocalDate.now();
        Supplier<BriefingBuilder> fresh = () -> new BriefingBuilder(Lexicon.load(data.resolve("lexicon.json")),
                Playbook.load(data.resolve("playbook.json")));
        long[] uncached = time(Math.max(3, b.repeats), () -> fresh.get().build(account.name(), notes, known, today));
        report.millis("briefing build, new builder (no cache)", n, uncached, null, null);
        BriefingBuilder builder = fresh.get();
        time(5, () -> builder.build(account.name(), notes, known, today));
        long[] warm = time(20, () -> builder.build(account.name(), notes, known, today));
        report.millis("briefing build warm (BriefingBuilder)", n, warm, 100.0, null);
        if (Report.median(seconds(warm)) >= 0.1) {
            profile("briefing build warm", () -> time(10, () -> builder.build(account.name(), notes, known, today)));
        }
    }

    // ----------------------------------------------------------------------------------------------- 5. sheet

    private void sheet() throws Exception {
        System.out.println("5. briefing sheet PDF for a sample-sized account");
        AccountSummary account;
        try (Workspace ws = Workspaces.open(store)) {
            account = closest(ws.accounts(), 4, 1);
            System.out.printf("   account %s, %d notes%n", account.name(), account.noteCount());
            SheetOptions o = SheetOptions.defaults(SheetOptions.Paper.LETTER, LocalDate.now());
            byte[] pdf = ws.sheet(account.name(), o);
            check(pdf.length > 1000 && new String(pdf, 0, 5).equals("%PDF-"), "sheet is not a PDF");
            time(10, () -> ws.sheet(account.name(), o));
            long[] warm = time(20, () -> ws.sheet(account.name(), o));
            report.millis("sheet PDF warm", account.noteCount(), warm, 300.0, null);
            if (Report.median(seconds(warm)) >= 0.3) {
                profile("sheet warm", () -> time(10, () -> ws.sheet(account.name(), o)));
            }
        }
        if (!Files.isRegularFile(b.jar)) {
            System.out.println("   SKIPPED sheet from a cold CLI start: no " + b.jar + " (run `mvn package` first)");
            return;
        }
        long[] t = coldSheet(account, List.of());
        report.millis("sheet, cold CLI start (java -jar)", account.noteCount(), t, 2000.0, null);
        // For comparison, no target: the same start without the second, quick-compiler JVM (QuickJvm).
        long[] same = coldSheet(account, List.of("-Ddealbrief.jvm=same"));
        report.millis("sheet, cold CLI start, one JVM (-Ddealbrief.jvm=same)", account.noteCount(), same, null, null);
    }

    private long[] coldSheet(AccountSummary account, List<String> jvmOptions) throws Exception {
        Path out = b.dir.resolve("sheet-cli.pdf");
        List<String> cmd = new ArrayList<>(List.of(Bench.javaBin()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", b.jar.toString(), "sheet", account.name(), "--out",
                out.toString(), "--paper", "letter", "--data-dir", store.toString()));
        int runs = Math.max(3, b.repeats);
        long[] t = new long[runs];
        for (int r = -1; r < runs; r++) { // one warm-up start: the OS file cache, not the JVM, is what it warms
            Files.deleteIfExists(out);
            Bench.Run run = Bench.spawn(cmd, b.dir.resolve("logs/sheet-cli.log"), 120);
            check(run.exit() == 0 && Files.size(out) > 1000, "CLI sheet exited " + run.exit() + ", see logs/sheet-cli.log");
            if (r >= 0) {
                t[r] = run.nanos();
            }
        }
        return t;
    }

    // ------------------------------------------------------------------------------------------------ typing

    /** Issue 4's target: the editor answers a key in under 50 ms on the sample vault (checked on the p95). */
    private void typing() throws Exception {
        System.out.println("8. typing latency in the note editor (sample vault, Monocle): key event to laid-out text");
        Path data = b.dir.resolve("typing-data");
        Bench.deleteTree(data);
        Bench.Run run = Bench.spawn(Bench.javaOnClassPath(Bench.MONOCLE, TypingProbe.class.getName(), data.toString()),
                b.dir.resolve("logs/typing.log"), 300);
        String ms = run.value("typing-ms");
        check(run.exit() == 0 && ms != null, "typing probe exited " + run.exit() + ", see logs/typing.log");
        long[] t = java.util.Arrays.stream(ms.split(",")).mapToLong(v -> (long) (Double.parseDouble(v) * 1e6)).toArray();
        report.millis("typing latency (editor, key to layout)", t.length, t, Goal.AT_MOST, 50.0, true,
                "longest note of " + run.value("account") + ", " + run.value("chars") + " chars; max "
                        + Report.fmt(java.util.Arrays.stream(t).max().orElse(0) / 1e6) + " ms");
        Bench.deleteTree(data);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    static long[] time(int runs, Runnable work) {
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            work.run();
            t[i] = System.nanoTime() - s;
        }
        return t;
    }

    /** One extra, untimed run under the sampler, for a scenario that missed its target. */
    static void profile(String what, Runnable work) {
        Sampler sampler = new Sampler();
        try {
            work.run();
        } finally {
            sampler.close();
        }
        System.out.println("   " + what + " missed; " + sampler.summary().strip());
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("benchmark precondition failed: " + message);
        }
    }
}
