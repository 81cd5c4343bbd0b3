package app.dealbrief.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark harness (not a unit test): {@code mvn -q -Pbench verify}, or with {@code -Dbench.large=false}
 * for a quick run without the 100,000-note scenarios (those then run on the 10,000-note store, marked "quick").
 * Prints each figure as it is measured, then a table, and writes {@code target/bench/results.json}.
 * A MISS is reported, never fails the run; only a broken harness exits non-zero.
 *
 * <p>Properties: {@code bench.dir} (target/bench), {@code bench.large} (true), {@code bench.seed} (20261126),
 * {@code bench.repeats} (3: whole imports and child-JVM starts), {@code bench.jar} (target/dealbrief.jar),
 * {@code bench.reuseStore} (false: when true an existing 100k store built from the same vault is reused
 * instead of importing 100,000 notes again), {@code bench.qualityOnly} (false: when true only the quality rows,
 * messy vault and labeled corpus, run). Issue 17's real-size rows: {@link RealSize}; {@code bench.realOnly} (false:
 * when true only those run).
 */
public final class Bench {
    static final int SMALL = 10_000;
    static final int LARGE = 100_000;
    /** The properties DealBrief's headless GUI tests use (pom.xml's headless.argLine). */
    static final List<String> MONOCLE = List.of("-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dprism.order=sw",
            "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Djava.awt.headless=true", "-Dprism.text=t2k",
            "-Dfile.encoding=UTF-8");

    final Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    final boolean large = Boolean.parseBoolean(System.getProperty("bench.large", "true"));
    final long seed = Long.getLong("bench.seed", 20261126L);
    final int repeats = Math.max(1, Integer.getInteger("bench.repeats", 3));
    final Path jar = Path.of(System.getProperty("bench.jar", "target/dealbrief.jar")).toAbsolutePath();
    final boolean reuseStore = Boolean.getBoolean("bench.reuseStore");
    final VaultGenerator generator = new VaultGenerator(seed);
    final Report report = new Report();

    public static void main(String[] args) throws Exception {
        Bench b = new Bench();
        long t0 = System.nanoTime();
        System.out.printf("DealBrief benchmark: %s, dir=%s, seed=%d, repeats=%d%n",
                b.large ? "full (100k scenarios on)" : "quick (-Dbench.large=false: 100k scenarios run at 10k)",
                b.dir, b.seed, b.repeats);
        System.out.printf("machine: %s; load average %.1f%n", Report.machine(), Report.load());
        Files.createDirectories(b.dir);

        boolean windowOnly = Boolean.getBoolean("bench.windowOnly"); // issue 16's rows alone, on the 10k store
        if (Boolean.getBoolean("bench.realOnly") || windowOnly) { // issue 17's rows alone, on the 10k store (imported if missing)
            Path store = b.dir.resolve("store-" + SMALL);
            if (!Files.isDirectory(store.resolve("db"))) {
                try (var ws = app.dealbrief.workspace.Workspaces.open(store)) {
                    ws.importPaths(List.of(b.vault(SMALL)), app.dealbrief.workspace.Workspace.Progress.NONE);
                }
            }
            if (windowOnly) {
                new WindowFeel(b, store, SMALL).run();
            } else {
                new RealSize(b, store).run();
            }
            b.report.printTable();
            b.report.writeJson(b.dir.resolve(windowOnly ? "results-window.json" : "results-real.json"),
                    Map.of(windowOnly ? "windowOnly" : "realOnly", true, "seed", b.seed));
            System.exit(0);
        }
        new Quality(b).run();
        if (Boolean.getBoolean("bench.qualityOnly")) {
            b.report.printTable();
            System.exit(0);
        }
        SmallStore small = new SmallStore(b);
        small.run();
        new WindowFeel(b, small.store(), SMALL).run();
        new RealSize(b, small.store()).run();
        Path bigStore = small.store();
        int bigN = SMALL;
        if (b.large) {
            bigStore = new LargeStore(b).prepare();
            bigN = LARGE;
        }
        new OpenStore(b, bigStore, bigN).run();

        b.report.printTable();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("large", b.large);
        settings.put("seed", b.seed);
        settings.put("repeats", b.repeats);
        settings.put("wallSeconds", (System.nanoTime() - t0) / 1_000_000_000L);
        Path json = b.dir.resolve("results.json");
        b.report.writeJson(json, settings);
        System.out.printf("wrote %s (%d s in all)%n", json, (System.nanoTime() - t0) / 1_000_000_000L);
        System.exit(0); // FX or H2 threads left by a library must not keep the run alive
    }

    /** Generates (or reuses) vault-n and says how long that took. */
    Path vault(int n) {
        long t = System.nanoTime();
        Path v = generator.write(dir, n);
        System.out.printf("vault-%d ready in %.1f s (%s)%n", n, (System.nanoTime() - t) / 1e9, v);
        return v;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A child JVM on this JVM's class path (the project's test class path under exec:exec). */
    static List<String> javaOnClassPath(List<String> jvmArgs, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** What a child process printed and how long it ran. */
    record Run(int exit, String out, long nanos) {
        /** The value of a {@code BENCH key=value} line the child printed, or null. */
        String value(String key) {
            for (String line : out.split("\\R")) {
                if (line.startsWith("BENCH ")) {
                    for (String kv : line.substring(6).trim().split("\\s+")) {
                        if (kv.startsWith(key + "=")) {
                            return kv.substring(key.length() + 1);
                        }
                    }
                }
            }
            return null;
        }
    }

    /** Runs a child to completion; its stderr goes to {@code log} so a failure can be read afterwards. */
    static Run spawn(List<String> cmd, Path log, long timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        File out = File.createTempFile("bench-out", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out).redirectError(log.toFile());
            long t = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Run(-1, Files.readString(out.toPath(), StandardCharsets.UTF_8), System.nanoTime() - t);
            }
            long nanos = System.nanoTime() - t;
            return new Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8), nanos);
        } finally {
            Files.deleteIfExists(out.toPath());
        }
    }
}
