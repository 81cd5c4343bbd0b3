package app.dealbrief.store.search;

import app.dealbrief.domain.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Search benchmark (not a unit test): generates N synthetic notes with a fixed seed, times a full
 * rebuild into an on-disk index, then p50/p95 of 200 varied queries (limit 20, snippets included)
 * after warm-up, and put-to-visible latency. Run:
 * {@code java -cp target/classes:target/test-classes:<deps> app.dealbrief.store.search.SearchBench [n] [dir]}
 */
public final class SearchBench {

    private static final String[] DOMAIN = ("nvidia amd intel google aws microsoft openai broadcom cerebras groq "
            + "gpu tpu trainium maia mtia asic gb300 gb200 h100 h200 mi300 mi450 capacity gigawatt datacenter racks "
            + "power cooling inference training cluster spend commitment agreement exclusivity renewal pricing "
            + "discount roadmap pilot deployment migration latency throughput storage network fabric ethernet "
            + "infiniband contract budget forecast quarter procurement security compliance sovereign region "
            + "expansion partnership investment revenue share right refusal tender benchmark evaluation").split(" ");
    private static final String[] COMMON = ("the a and of to in for on with that is was we they it as at by "
            + "from this will be are have next team customer said asked plan need want more about call").split(" ");
    private static final String[] FIRST = "Jeff Satya Larry Lisa Jensen Sam Brian Mark Anna Maria Wei Priya Omar Elena Tom Kenji Sara Raj Ana Luc".split(" ");
    private static final String[] LAST = "Denworth Nadella Ellison Su Huang Altman Venturo Chen Garcia Patel Kim Novak Rossi Silva Müller Dubois Sato Khan Berg Lopez".split(" ");
    private static final String[] TAGS = ("customer partner internal competitor ai-infra pricing renewal exec "
            + "technical legal finance roadmap risk expansion pilot sovereign energy storage network security").split(" ");
    private static final String[] TYPES = {"customer", "partner", "internal", "competitor"};
    private static final String[] SOURCES = {"transcript", "email", "meeting", "notes"};
    private static final String[] SYL = "ka lo mi ra ten vo shi an el dor fa gri nu pel quo sta tri ux ven zor".split(" ");

    private final Random rnd;
    private final String[] accounts;
    private final String[] vocab;

    SearchBench(long seed) {
        rnd = new Random(seed);
        accounts = new String[300];
        String[] suffix = {"", " Labs", " Cloud", " AI", " Systems", " Energy", " Capital"};
        String[] famous = {"Microsoft", "Oracle", "CoreWeave", "OpenAI", "Meta", "Google", "Amazon", "xAI", "Nebius", "Lambda"};
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = i < famous.length ? famous[i]
                    : cap(word(2 + rnd.nextInt(2))) + suffix[rnd.nextInt(suffix.length)];
        }
        vocab = new String[6000];
        for (int i = 0; i < vocab.length; i++) {
            vocab[i] = word(1 + rnd.nextInt(3)) + (rnd.nextInt(4) == 0 ? "s" : "");
        }
    }

    private String word(int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYL[rnd.nextInt(SYL.length)]);
        }
        return b.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Power-law pick: a few values very often, most rarely, as in real text and real accounts. */
    private int zipf(int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, rnd.nextDouble())) - 1);
    }

    private String anyWord() {
        int r = rnd.nextInt(10);
        if (r < 4) {
            return COMMON[zipf(COMMON.length)];
        }
        if (r < 6) {
            return DOMAIN[zipf(DOMAIN.length)];
        }
        return vocab[zipf(vocab.length)];
    }

    private String sentence() {
        int n = 8 + rnd.nextInt(11);
        StringBuilder b = new StringBuilder(cap(anyWord()));
        for (int i = 1; i < n; i++) {
            b.append(' ').append(rnd.nextInt(25) == 0 ? accounts[zipf(accounts.length)] : anyWord());
        }
        return b.append(". ").toString();
    }

    Note note(int i) {
        String account = accounts[zipf(accounts.length)];
        StringBuilder body = new StringBuilder("# ").append(account).append(" sync\n## Summary\n");
        int sentences = 6 + rnd.nextInt(30);
        for (int s = 0; s < sentences; s++) {
            if (s == sentences / 2) {
                body.append("\n## Key Information\n");
            }
            body.append(s >= sentences / 2 ? "- " : "").append(sentence()).append(s >= sentences / 2 ? "\n" : "");
        }
        List<String> tags = new ArrayList<>();
        for (int t = 1 + rnd.nextInt(3); t > 0; t--) {
            tags.add(TAGS[zipf(TAGS.length)]);
        }
        List<String> people = new ArrayList<>();
        for (int p = 1 + rnd.nextInt(3); p > 0; p--) {
            people.add(FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)]);
        }
        String title = cap(anyWord()) + " " + DOMAIN[zipf(DOMAIN.length)] + " " + vocab[zipf(vocab.length)];
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(1060));
        return new Note("note-" + i, account, title, date, TYPES[rnd.nextInt(TYPES.length)],
                SOURCES[rnd.nextInt(SOURCES.length)], null, people, tags.stream().distinct().toList(), null,
                body.toString(), Map.of(), body.toString(), List.of(), List.of(), List.of(), List.of());
    }

    Iterator<Note> notes(int n) {
        return new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < n;
            }

            public Note next() {
                return note(i++);
            }
        };
    }

    List<String> queries(int n) {
        List<String> q = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            switch (i % 14) {
                case 0 -> q.add(DOMAIN[rnd.nextInt(DOMAIN.length)]);
                case 1 -> q.add(vocab[zipf(vocab.length)]);
                case 2 -> q.add(DOMAIN[rnd.nextInt(DOMAIN.length)] + " " + DOMAIN[rnd.nextInt(DOMAIN.length)]);
                case 3 -> q.add(anyWord() + " " + DOMAIN[rnd.nextInt(DOMAIN.length)] + " " + vocab[zipf(vocab.length)]);
                case 4 -> {
                    String[] w = sentence().replace(".", "").split(" ");
                    int at = rnd.nextInt(w.length - 2);
                    q.add("\"" + w[at] + " " + w[at + 1] + "\"");
                }
                case 5 -> q.add(DOMAIN[rnd.nextInt(DOMAIN.length)].substring(0, 3) + "*");
                case 6 -> q.add(SYL[rnd.nextInt(SYL.length)] + "*");
                case 7 -> q.add("account:\"" + accounts[zipf(accounts.length)] + "\"");
                case 8 -> q.add("account:\"" + accounts[zipf(accounts.length)] + "\" " + DOMAIN[rnd.nextInt(DOMAIN.length)]);
                case 9 -> q.add("tag:" + TAGS[rnd.nextInt(TAGS.length)] + " " + DOMAIN[rnd.nextInt(DOMAIN.length)]);
                case 10 -> q.add("person:\"" + FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)] + "\"");
                case 11 -> q.add(DOMAIN[rnd.nextInt(DOMAIN.length)] + " after:2025-06-01 before:2025-09-30");
                case 12 -> q.add(DOMAIN[rnd.nextInt(DOMAIN.length)] + " -" + DOMAIN[rnd.nextInt(DOMAIN.length)] + " type:transcript");
                default -> q.add(DOMAIN[rnd.nextInt(DOMAIN.length)] + " OR " + vocab[zipf(vocab.length)]);
            }
        }
        return q;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dealbrief-bench");
        System.out.printf("load average at start: %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("cores=%d jvm=%s maxHeap=%dMB n=%d dir=%s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"), Runtime.getRuntime().maxMemory() >> 20, n, dir);

        long t0 = System.nanoTime();
        Iterator<Note> gen = new SearchBench(42).notes(n);
        long bytes = 0;
        while (gen.hasNext()) {
            bytes += gen.next().body().length();
        }
        double genSec = (System.nanoTime() - t0) / 1e9;
        System.out.printf("generate only: %.1f s (avg body %d chars)%n", genSec, bytes / n);

        try (SearchIndex index = SearchIndex.open(dir)) {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu1 = os.getProcessCpuTime();
            long t1 = System.nanoTime();
            index.rebuild(new SearchBench(42).notes(n));
            double rebuildSec = (System.nanoTime() - t1) / 1e9;
            // CPU seconds of the whole process (all threads, incl. generation and merges): on a machine
            // with nothing else running, wall time is about this divided by the cores kept busy.
            System.out.printf("rebuild process CPU: %.1f s; load average now %.1f%n",
                    (os.getProcessCpuTime() - cpu1) / 1e9, os.getSystemLoadAverage());
            System.out.printf("rebuild (incl. generation): %.1f s, minus generation ~%.1f s, size=%d, disk=%d MB %s%n",
                    rebuildSec, rebuildSec - genSec, index.size(), diskMb(dir), rebuildSec < 60 ? "OK" : "MISS");

            List<String> queries = new SearchBench(7).queries(200);
            for (int round = 0; round < 5; round++) {
                queries.forEach(q -> index.search(q, 20));
            }
            long[] ns = new long[queries.size()];
            long[] cpu = new long[queries.size()];
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            int empty = 0;
            for (int i = 0; i < ns.length; i++) {
                long c = mx.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                empty += index.search(queries.get(i), 20).isEmpty() ? 1 : 0;
                ns[i] = System.nanoTime() - s;
                cpu[i] = mx.getCurrentThreadCpuTime() - c;
            }
            Arrays.sort(ns);
            Arrays.sort(cpu);
            double p95 = ns[(int) (ns.length * 0.95) - 1] / 1e6;
            System.out.printf("search (limit 20, with snippets) over %d queries: p50=%.2f ms p95=%.2f ms max=%.2f ms, %d empty %s%n",
                    ns.length, ns[ns.length / 2] / 1e6, p95, ns[ns.length - 1] / 1e6, empty, p95 < 20 ? "OK" : "MISS");
            // CPU time of the searching thread: what the query costs when it has a core to itself.
            System.out.printf("search CPU time per query: p50=%.2f ms p95=%.2f ms%n",
                    cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.95) - 1] / 1e6);

            SearchBench b = new SearchBench(99);
            long[] put = new long[50];
            for (int i = 0; i < put.length; i++) {
                Note edited = b.note(i).withId("note-" + (i * 997));
                long s = System.nanoTime();
                index.put(edited);
                index.search("account:\"" + edited.account() + "\"", 1);
                put[i] = System.nanoTime() - s;
            }
            Arrays.sort(put);
            System.out.printf("put + next search (NRT reopen): p50=%.1f ms p95=%.1f ms%n",
                    put[put.length / 2] / 1e6, put[(int) (put.length * 0.95) - 1] / 1e6);
            long c = System.nanoTime();
            index.commit();
            System.out.printf("commit: %.1f ms%n", (System.nanoTime() - c) / 1e6);
        }
        long o = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.search("nvidia capacity", 20);
            System.out.printf("reopen + first query: %.0f ms (needsRebuild=%s)%n", (System.nanoTime() - o) / 1e6, index.needsRebuild());
        }
    }

    private static long diskMb(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum() >> 20;
        }
    }
}
