package app.dealbrief.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects rows, prints them as they come and as a table at the end, and writes results.json. */
final class Report {

    /** How a row's median compares with its target. */
    enum Goal { AT_MOST, AT_LEAST, NONE }

    /** A target applies to the median unless {@code onP95}. */
    record Row(String scenario, int n, double median, Double p95, String unit, Goal goal, Double target,
               boolean onP95, String note) {
        Boolean ok() {
            double v = onP95 && p95 != null ? p95 : median;
            return switch (goal) {
                case AT_MOST -> v < target;
                case AT_LEAST -> v >= target;
                case NONE -> null;
            };
        }

        String targetText() {
            String on = onP95 ? "p95" : "";
            return switch (goal) {
                case AT_MOST -> on + "< " + fmt(target);
                case AT_LEAST -> on + ">= " + fmt(target);
                case NONE -> "-";
            };
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    private final double loadAtStart = load();

    void add(Row row) {
        rows.add(row);
        System.out.printf("  -> %-40s n=%-7d median=%-10s p95=%-10s %-6s %-8s %s%s%n", row.scenario(), row.n(),
                fmt(row.median()), row.p95() == null ? "-" : fmt(row.p95()), row.unit(), row.targetText(),
                status(row), row.note() == null ? "" : "  (" + row.note() + ")");
    }

    /** A timed scenario: samples in nanoseconds, reported in ms. */
    void millis(String scenario, int n, long[] nanos, Goal goal, Double target, boolean onP95, String note) {
        double[] ms = Arrays.stream(nanos).mapToDouble(x -> x / 1e6).toArray();
        add(new Row(scenario, n, median(ms), ms.length > 1 ? p95(ms) : null, "ms", goal, target, onP95, note));
    }

    void millis(String scenario, int n, long[] nanos, Double targetMs, String note) {
        millis(scenario, n, nanos, targetMs == null ? Goal.NONE : Goal.AT_MOST, targetMs, false, note);
    }

    static String status(Row r) {
        Boolean ok = r.ok();
        return ok == null ? "info" : ok ? "OK" : "MISS";
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /** Nearest-rank 95th percentile: with few samples, the slowest. */
    static double p95(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.max(0, (int) Math.ceil(0.95 * s.length) - 1)];
    }

    static String fmt(double d) {
        if (d >= 1000 || d == Math.rint(d) && Math.abs(d) < 1e9) {
            return String.format("%.0f", d);
        }
        return d >= 10 ? String.format("%.1f", d) : String.format("%.2f", d);
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            m.put("memoryMb", sun.getTotalMemorySize() >> 20);
        }
        return m;
    }

    void printTable() {
        String line = "-".repeat(100);
        System.out.println();
        System.out.println(line);
        System.out.printf("%-42s %8s %10s %10s %-8s %-10s %s%n", "scenario", "n", "median", "p95", "unit", "target", "");
        System.out.println(line);
        for (Row r : rows) {
            System.out.printf("%-42s %8d %10s %10s %-8s %-10s %s%n", r.scenario(), r.n(), fmt(r.median()),
                    r.p95() == null ? "-" : fmt(r.p95()), r.unit(), r.targetText(), status(r));
        }
        System.out.println(line);
        Map<String, Object> m = machine();
        System.out.printf("machine: %s cores, %s, %s, max heap %s MB; load average %.1f at start, %.1f at end; %s%n",
                m.get("cores"), m.get("jvm"), m.get("os"), m.get("maxHeapMb"), loadAtStart, load(), started);
        long misses = rows.stream().filter(r -> Boolean.FALSE.equals(r.ok())).count();
        System.out.println(misses == 0 ? "all targets met" : misses + " target(s) missed (MISS never fails the build)");
    }

    void writeJson(Path file, Map<String, Object> settings) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> machine = machine();
        machine.put("date", started.toString());
        machine.put("loadAverageStart", loadAtStart);
        machine.put("loadAverageEnd", load());
        root.put("machine", machine);
        root.put("settings", settings);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("scenario", r.scenario());
            o.put("n", r.n());
            o.put("median", r.median());
            o.put("p95", r.p95());
            o.put("unit", r.unit());
            o.put("target", r.goal() == Goal.NONE ? null : r.targetText());
            o.put("ok", r.ok());
            o.put("note", r.note());
            out.add(o);
        }
        root.put("results", out);
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }
}
