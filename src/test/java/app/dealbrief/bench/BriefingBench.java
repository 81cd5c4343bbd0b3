package app.dealbrief.bench;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.Section;
import app.dealbrief.insight.BriefingBuilder;
import app.dealbrief.cli.BriefingText;
import app.dealbrief.insight.Lexicon;
import app.dealbrief.insight.Playbook;
import app.dealbrief.notes.NoteParser;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Briefing build timing for a 1,000-note account (issue 3 and 7). A plain main, not a test:
 * <pre>
 *   mvn -q test-compile
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) app.dealbrief.bench.BriefingBench [--dump FILE]
 * </pre>
 * Notes are generated markdown (fixed seed) read by the real {@link NoteParser}: prose and bullets, a few
 * hundred known accounts, terms, chips, pitches, and 10 % near-duplicates (exact copies and light edits).
 * Printed: first build in this JVM (JIT cold, cache empty), cold-cache builds with a warmed JVM (a new
 * builder each time), and warm builds (cache filled) p50/p95 over 30 runs, both with the same Note objects
 * and with fresh copies of the notes (new strings, as the app passes re-parsed notes on every build).
 * {@code --dump FILE} writes the rendered 1,000-note briefing and a briefing per note, to diff behaviour.
 */
public final class BriefingBench {
    private static final int NOTES = 1_000;
    private static final int WARM_RUNS = 30;
    private static final int COLD_RUNS = 7;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String ACCOUNT = "Microsoft";
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private BriefingBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Note> notes = NoteCorpus.generate(ACCOUNT, NOTES, 20261126L);
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        known.addAll(NoteCorpus.accounts(300));
        long chars = notes.stream().mapToLong(n -> n.text().length()).sum();
        System.out.printf("corpus: %d notes, %.1f KB of markdown (%.0f chars/note), %d known accounts, %d cores, Java %s%n",
                notes.size(), chars / 1024.0, (double) chars / notes.size(), known.size(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Lexicon lexicon = Lexicon.bundled();
        Playbook playbook = Playbook.bundled();

        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        BriefingBuilder first = new BriefingBuilder(lexicon, playbook);
        Briefing b = first.build(ACCOUNT, notes, known, TODAY);
        double firstMs = ms(System.nanoTime() - t0);
        double firstCpu = ms(CPU.getCurrentThreadCpuTime() - c0);
        System.out.printf("first build in a fresh JVM (JIT cold, cache empty): %.1f ms = %.3f ms/note (thread CPU %.1f ms)"
                        + "  [%d terms, %d chips, %d pitches]%n", firstMs, firstMs / NOTES, firstCpu,
                b.partnershipTerms().size(), b.acceleratorMix().size(), b.pitches().size());

        if (args.length >= 2 && args[0].equals("--dump")) {
            dump(Path.of(args[1]), first, b, notes, known);
        }
        if (args.length >= 3 && args[0].equals("--loop")) { // for a profiler: --loop cold|warm SECONDS
            loop(args[1].equals("cold"), Integer.parseInt(args[2]), lexicon, playbook, notes, known);
            return;
        }

        // Cold cache, warmed JVM: a new builder each run, so every note is read for the first time.
        for (int i = 0; i < 3; i++) {
            new BriefingBuilder(lexicon, playbook).build(ACCOUNT, notes, known, TODAY);
        }
        double[] cold = new double[COLD_RUNS];
        double[] coldCpu = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            BriefingBuilder fresh = new BriefingBuilder(lexicon, playbook);
            long c = CPU.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            fresh.build(ACCOUNT, notes, known, TODAY);
            cold[i] = ms(System.nanoTime() - s);
            coldCpu[i] = ms(CPU.getCurrentThreadCpuTime() - c);
        }
        Arrays.sort(cold);
        Arrays.sort(coldCpu);
        System.out.printf("cold cache, warm JVM (%d runs): median %.1f ms = %.3f ms/note (min %.1f, max %.1f);"
                        + " thread CPU median %.1f ms = %.3f ms/note%n", COLD_RUNS, median(cold), median(cold) / NOTES,
                cold[0], cold[cold.length - 1], median(coldCpu), median(coldCpu) / NOTES);

        BriefingBuilder warm = new BriefingBuilder(lexicon, playbook);
        for (int i = 0; i < 20; i++) {
            warm.build(ACCOUNT, notes, known, TODAY);
        }
        double[] same = new double[WARM_RUNS];
        double[] sameCpu = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            warm.build(ACCOUNT, notes, known, TODAY);
            same[i] = ms(System.nanoTime() - s);
            sameCpu[i] = ms(CPU.getCurrentThreadCpuTime() - c);
        }
        report("warm, same Note objects", same, sameCpu);

        double[] copies = new double[WARM_RUNS];
        double[] copiesCpu = new double[WARM_RUNS];
        for (int i = 0; i < 10 + WARM_RUNS; i++) {
            List<Note> copy = freshCopies(notes);
            long c = CPU.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            warm.build(ACCOUNT, copy, new TreeSet<>(known), TODAY);
            if (i >= 10) {
                copies[i - 10] = ms(System.nanoTime() - s);
                copiesCpu[i - 10] = ms(CPU.getCurrentThreadCpuTime() - c);
            }
        }
        report("warm, re-parsed copies (app path)", copies, copiesCpu);
    }

    private static void loop(boolean cold, int seconds, Lexicon lexicon, Playbook playbook, List<Note> notes,
                             Set<String> known) {
        BriefingBuilder builder = new BriefingBuilder(lexicon, playbook);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int runs = 0;
        while (System.nanoTime() < end) {
            if (cold) {
                builder = new BriefingBuilder(lexicon, playbook);
            }
            builder.build(ACCOUNT, cold ? notes : freshCopies(notes), known, TODAY);
            runs++;
        }
        System.out.println(runs + " " + (cold ? "cold" : "warm") + " builds in " + seconds + " s");
    }

    /** Wall time is what the user waits; thread CPU time shows the work when other jobs share the cores. */
    private static void report(String what, double[] runs, double[] cpu) {
        Arrays.sort(runs);
        Arrays.sort(cpu);
        double p50 = median(runs);
        double p95 = runs[(int) Math.ceil(0.95 * runs.length) - 1];
        System.out.printf("%s (%d runs): p50 %.2f ms, p95 %.2f ms, min %.2f ms; thread CPU p50 %.2f ms, p95 %.2f ms%s%n",
                what, runs.length, p50, p95, runs[0], median(cpu), cpu[(int) Math.ceil(0.95 * cpu.length) - 1],
                p95 < 100 ? "" : "  MISS (target < 100 ms)");
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Equal notes made of new String objects: what the app hands the builder after re-parsing stored notes. */
    private static List<Note> freshCopies(List<Note> notes) {
        List<Note> out = new ArrayList<>(notes.size());
        for (Note n : notes) {
            List<Section> sections = new ArrayList<>();
            for (Section s : n.sections()) {
                List<Section.Block> blocks = new ArrayList<>();
                for (Section.Block bl : s.blocks()) {
                    blocks.add(new Section.Block(bl.kind(), bl.text() == null ? null : new String(bl.text())));
                }
                sections.add(new Section(s.heading() == null ? null : new String(s.heading()), s.level(), blocks));
            }
            out.add(new Note(n.id(), n.account(), n.title(), n.date(), n.type(), n.source(), n.sourceRef(),
                    n.participants(), n.tags(), n.path(), new String(n.text()), n.frontMatter(), n.body(), sections,
                    n.links(), n.actionItems(), n.warnings()));
        }
        return out;
    }

    /** The whole briefing and one briefing per note, rendered, so two versions of the extractor can be diffed. */
    private static void dump(Path file, BriefingBuilder builder, Briefing all, List<Note> notes, Set<String> known)
            throws Exception {
        StringBuilder s = new StringBuilder(BriefingText.render(all));
        for (Note n : notes) {
            s.append("\n=== ").append(n.id()).append('\n')
                    .append(BriefingText.render(builder.build(ACCOUNT, List.of(n), known, TODAY)));
        }
        Files.writeString(file, s.toString());
        System.out.println("dumped " + file);
    }
    /** Generated account notes: fixed seed, varied wording, realistic size and front matter. */
    static final class NoteCorpus {
        private static final String[] CLOUDS = {"Azure", "Oracle", "CoreWeave", "AWS", "Google Cloud", "Nebius",
                "Lambda Labs", "Crusoe", "Nscale"};
        private static final String[] PARTNERS = {"OpenAI", "Anthropic", "xAI", "Meta", "Mistral", "SoftBank",
                "Oracle", "CoreWeave", "NVIDIA", "AMD", "Broadcom"};
        private static final String[] CHIPS = {"H100", "H200", "B200", "GB200", "GB300", "Blackwell", "Vera Rubin",
                "MI300X", "MI355X", "MI450", "TPU", "Trillium", "Ironwood", "Trainium2", "Inferentia", "MAIA",
                "MTIA", "Gaudi 3", "Cerebras", "Groq LPU", "OpenAI's ASIC", "Nvidia"};
        private static final String[] ROLE = {"remains primary", "is ramping", "lags", "is being evaluated",
                "is the backbone of the fleet", "is a second source", "may be adopted", "is delayed",
                "is coming online", "is piloting in one region", "is the workhorse for training",
                "could replace part of the inference fleet"};
        private static final String[] TERMS = {
                "{a} commits ${n} billion of {c} spend over {y} years",
                "{c} to deliver {g} GW of additional capacity by {yy}",
                "IP rights extended to {yy}",
                "no right of first refusal for {c}",
                "{c} API exclusivity continues",
                "a revenue share of {p}% until {yy}",
                "{a} invests ${n} billion in {b}",
                "the contract runs through {yy}",
                "non-exclusive access for {b}",
                "most favored nation pricing on reserved capacity",
                "a deal worth tens of billions with {c}",
                "up to ${n} billion over {y} years, with {g} GW planned",
        };
        private static final String[] PROSE = {
                "The team walked through the {yy} roadmap and the open questions on storage for the new sites.",
                "{a} said the {c} build is on track, though power at the second campus slipped a quarter.",
                "Procurement is still centralised; the data platform team owns the storage decision end to end.",
                "They asked for reference architectures for checkpointing at {g} GW scale and for RAG corpora.",
                "Latency-insensitive post-training work is moving to remote regions where power is cheaper.",
                "Budget for the next fiscal year was described as flat outside of AI infrastructure.",
                "Several competitors were mentioned, mostly in the context of price per usable TB.",
                "The champion moved teams in October; the new owner is more skeptical of single-vendor stacks.",
        };
        private static final String[] PITCH = {
                "Guidance suggested: lean into neocloud co-sells for {c} overflow; pitch accelerator-proof storage across the {x} mix; bundle a checkpoint tier sized per gigawatt.",
                "Next step is to propose a pilot on the {x} cluster with {c} as the landing zone.",
                "We should position a single data platform across {c} and {d}, and offer KV cache offload for inference pods.",
                "Pitch a Foundry-ready data plane (caches, RAG corpora, logs/telemetry, retention tiers).",
                "Recommended next steps: benchmark token/$/TB against the incumbent; showcase multi-tenant QoS; highlight power per PB.",
                "Lean into the {yy} refresh with a migration offer for the {x} racks.",
        };
        private static final String[] WORDS = {"Fabrikam", "Contoso", "Northwind", "Tailspin", "Litware", "Adatum",
                "Proseware", "Wingtip", "Alpine", "Coho", "Lucerne", "Margie", "Trey", "Woodgrove", "Humongous",
                "Wide World", "Blue Yonder", "Fourth Coffee", "Graphic Design", "Relecloud"};
        private static final String[] SUFFIX = {"Labs", "AI", "Cloud", "Systems", "Health", "Bank", "Energy",
                "Media", "Robotics", "Bio", "Capital", "Networks", "Compute", "Data", "Motors"};

        private NoteCorpus() {
        }

        static List<String> accounts(int n) {
            List<String> out = new ArrayList<>(List.of("Microsoft", "OpenAI", "Oracle", "CoreWeave", "NVIDIA", "AMD",
                    "Google", "AWS", "Meta", "Anthropic", "xAI", "Nebius", "Broadcom", "SoftBank"));
            for (int i = 0; out.size() < n; i++) {
                out.add(WORDS[i % WORDS.length] + " " + SUFFIX[(i / WORDS.length) % SUFFIX.length]
                        + (i >= WORDS.length * SUFFIX.length ? " " + i : ""));
            }
            return out;
        }

        static List<Note> generate(String account, int n, long seed) {
            Random r = new Random(seed);
            NoteParser parser = new NoteParser();
            List<String> texts = new ArrayList<>();
            List<Note> out = new ArrayList<>();
            LocalDate day = LocalDate.of(2022, 1, 3);
            for (int i = 0; i < n; i++) {
                day = day.plusDays(r.nextInt(3));
                String text;
                if (i > 10 && r.nextInt(10) == 0) { // near-duplicate: an earlier note, copied or lightly edited
                    text = texts.get(r.nextInt(texts.size()));
                    if (r.nextBoolean()) {
                        text = text.replace("the new sites", "the new campuses").replaceFirst("date: \"[0-9-]+\"",
                                "date: \"" + day + "\"");
                    }
                } else {
                    text = note(r, account, day, i);
                }
                texts.add(text);
                Note parsed = parser.parse(text, "Accounts/" + account + "/" + day + " note " + i + ".md", account);
                out.add(parsed.withId("n" + i));
            }
            return out;
        }

        private static String note(Random r, String account, LocalDate day, int i) {
            StringBuilder s = new StringBuilder();
            String title = pick(r, new String[] {"Sync", "QBR", "Capacity review", "Exec briefing", "Tech deep dive",
                    "Announcements"}) + " " + i;
            s.append("---\ntype: \"customer\"\ntitle: \"").append(title).append("\"\ndate: \"").append(day)
                    .append("\"\naccount: \"").append(account).append("\"\nparticipants: [\"Dana Lee\", \"")
                    .append(pick(r, new String[] {"Raj Patel", "Mia Chen", "Sam Ortiz", "Ana Silva"}))
                    .append("\"]\nsource: \"").append(r.nextBoolean() ? "transcript" : "meeting")
                    .append("\"\ntags:\n  - \"type/customer\"\n  - \"account/").append(account.toLowerCase())
                    .append("\"\n---\n\n# ").append(title).append("\n\n**Date**: ").append(day)
                    .append("\n**Account**: [[").append(account).append("]]\n\n## Summary\n\n");
            s.append(fill(r, pick(r, PROSE))).append(' ').append(fill(r, "The {a}\u2013{c} partnership terms ("
                    + fill(r, pick(r, TERMS)) + "; " + fill(r, pick(r, TERMS)) + ") shape the storage plan.")).append("\n\n");
            boolean bullets = r.nextInt(4) != 0; // a quarter of the notes are prose only
            s.append("## Key Information\n\n");
            int facts = 3 + r.nextInt(5);
            for (int k = 0; k < facts; k++) {
                String line = switch (r.nextInt(5)) {
                    case 0 -> fill(r, "Accelerator dependencies: {x} " + pick(r, ROLE) + "; {x2} " + pick(r, ROLE) + ".");
                    case 1 -> fill(r, "{a}\u2013{c} agreement (as summarized): " + fill(r, pick(r, TERMS)) + "; "
                            + fill(r, pick(r, TERMS)) + "; " + fill(r, pick(r, TERMS)) + ".");
                    case 2 -> fill(r, "{x} " + pick(r, ROLE) + " while {x2} " + pick(r, ROLE) + " at {c}.");
                    case 3 -> fill(r, pick(r, PROSE));
                    default -> fill(r, "In {yy} " + pick(r, TERMS) + ", and " + pick(r, TERMS) + ".");
                };
                s.append(bullets ? "- " : "").append(line).append(bullets ? "\n" : "\n\n");
            }
            s.append("\n## Discussion\n\n");
            for (int k = 0; k < 1 + r.nextInt(3); k++) {
                s.append(fill(r, pick(r, PROSE))).append(' ').append(fill(r, pick(r, PROSE))).append("\n\n");
            }
            if (r.nextInt(3) != 0) {
                s.append("## Next steps\n\n").append(bullets ? "- " : "").append(fill(r, pick(r, PITCH))).append("\n");
                s.append("- [ ] Send the reference architecture to ").append(pick(r, new String[] {"Dana", "Raj", "Mia"}))
                        .append(" \uD83D\uDCC5 ").append(day.plusDays(7 + r.nextInt(30))).append("\n\n");
            }
            s.append("## Related\n\n- [[").append(pick(r, PARTNERS)).append("]]\n- [[").append(pick(r, CLOUDS))
                    .append("]]\n");
            return s.toString();
        }

        private static String fill(Random r, String t) {
            return t.replace("{a}", pick(r, PARTNERS)).replace("{b}", pick(r, PARTNERS)).replace("{c}", pick(r, CLOUDS))
                    .replace("{d}", pick(r, CLOUDS)).replace("{x2}", pick(r, CHIPS)).replace("{x}", pick(r, CHIPS))
                    .replace("{n}", String.valueOf(5 + r.nextInt(300))).replace("{g}", (1 + r.nextInt(9)) + "." + r.nextInt(10))
                    .replace("{y}", String.valueOf(2 + r.nextInt(8))).replace("{yy}", String.valueOf(2026 + r.nextInt(8)))
                    .replace("{p}", String.valueOf(5 + r.nextInt(20)));
        }

        private static String pick(Random r, String[] a) {
            return a[r.nextInt(a.length)];
        }
    }
}
