package app.dealbrief.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A poor man's sampling profiler for a missed target: every few ms it looks at the running threads' stacks
 * and counts, per sample, the library of the top frame and the innermost DealBrief method. Used only on an
 * extra, untimed run, because sampling slows what it watches.
 */
final class Sampler implements AutoCloseable {
    private static final String[][] LIBRARIES = {{"app.dealbrief.", "dealbrief"}, {"org.h2.", "h2"},
        {"org.apache.lucene.", "lucene"}, {"org.commonmark.", "commonmark"}, {"com.fasterxml.", "jackson"},
        {"org.yaml.", "snakeyaml"}, {"org.apache.pdfbox.", "pdfbox"}, {"org.apache.fontbox.", "pdfbox"},
        {"org.flywaydb.", "flyway"}, {"sun.nio.", "jdk-io"}, {"java.io.", "jdk-io"}, {"java.nio.", "jdk-io"},
        {"java.util.regex.", "jdk-regex"}, {"java.", "jdk"}, {"jdk.", "jdk"}, {"sun.", "jdk"}};

    private final Map<String, Integer> libraries = new HashMap<>();
    private final Map<String, Integer> methods = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private int samples;

    Sampler() {
        Thread self = Thread.currentThread();
        thread = new Thread(() -> {
            while (running) {
                sample(self);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample(Thread watched) {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            StackTraceElement[] st = e.getValue();
            if (t == thread || st.length == 0 || t.getState() != Thread.State.RUNNABLE
                    || t != watched && !t.getName().startsWith("ForkJoinPool") && !t.getName().startsWith("Lucene")) {
                continue;
            }
            synchronized (this) {
                samples++;
                libraries.merge(library(st[0].getClassName()), 1, Integer::sum);
                for (StackTraceElement f : st) {
                    if (f.getClassName().startsWith("app.dealbrief.") && !f.getClassName().startsWith("app.dealbrief.bench.")) {
                        String c = f.getClassName();
                        methods.merge(c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName(), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
    }

    private static String library(String cls) {
        for (String[] l : LIBRARIES) {
            if (cls.startsWith(l[0])) {
                return l[1];
            }
        }
        return cls.contains(".") ? cls.substring(0, cls.indexOf('.', cls.indexOf('.') + 1) + 1) + "*" : cls;
    }

    @Override
    public synchronized void close() {
        running = false;
    }

    /** Two lines: where the running time goes by library, and the DealBrief methods it goes through. */
    synchronized String summary() {
        return "    profile (" + samples + " samples of running threads): by library " + top(libraries, 6)
                + "\n    innermost DealBrief method: " + top(methods, 8);
    }

    private String top(Map<String, Integer> m, int k) {
        return m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(k)
                .map(e -> e.getKey() + " " + Math.round(100.0 * e.getValue() / Math.max(1, samples)) + "%")
                .collect(Collectors.joining(", "));
    }
}
