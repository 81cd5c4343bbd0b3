package app.dealbrief.bench.corpus;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.insight.BriefingBuilder;
import app.dealbrief.insight.Lexicon;
import app.dealbrief.insight.Playbook;
import app.dealbrief.notes.NoteParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the real extraction (NoteParser, then BriefingBuilder through its public API) against the labeled
 * development corpus in {@code src/test/resources/corpus} ({@code labels.json} plus one markdown note per entry).
 *
 * <p>Run from the project root. The classpath comes from surefire's debug output (works offline; the
 * dependency plugin cannot resolve its own dependencies offline on this machine), running only this package's
 * label check:
 * <pre>
 * mvn -B -o -X test -Dtest=CorpusLabelsTest -Dsurefire.failIfNoSpecifiedTests=false 2&gt;/dev/null \
 *   | sed -n 's|.*] test classpath: *||p' | head -1 | sed 's| *$||' | tr -s ' ' ':' &gt; target/corpus-cp.txt
 * java -cp "$(cat target/corpus-cp.txt)" app.dealbrief.bench.corpus.CorpusScore
 * java -Dcorpus.verbose=true -cp "$(cat target/corpus-cp.txt)" app.dealbrief.bench.corpus.CorpusScore
 * </pre>
 * Where {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt} works, {@code java -cp
 * target/classes:target/test-classes:$(cat cp.txt) app.dealbrief.bench.corpus.CorpusScore} is the same.
 * {@code -Dcorpus.verbose=true} prints per-note false positives (with trap hits marked), misses (with what was
 * predicted from the same sentence) and accelerator differences; an optional argument names another corpus
 * directory. Exit status 2 when the labels fail validation.
 *
 * <p>Matching, per note: a predicted term matches an unmatched gold term when the category and {@code negated} are
 * equal and every value the gold term names (amount, gigawatts: within 1%; year: equal) is the predicted one;
 * gold terms are matched most-specific first, each to the first unmatched predicted term that fits (one to one).
 * Because a gold term with no values accepts any prediction of its category, a prediction from an unrelated (even a
 * trap) sentence can take it; {@code aF1} repeats the matching with the extra condition that the prediction comes
 * from the gold evidence's sentence (containment either way, or 60% of the evidence's words in the sentence).
 * Accelerators: vendor precision/recall over the per-note set of vendors; role accuracy over all gold entries,
 * looking up the predicted entry with the same vendor and family, else the first predicted entry of that vendor.
 */
public final class CorpusScore {
    /** "Today" for the briefing (action-item filtering only); fixed so runs are comparable. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final double TOLERANCE = 0.01;
    /** A predicted text shorter than this is not tested for being contained in a trap (too easily a substring). */
    private static final int MIN_CONTAINED = 12;

    private CorpusScore() {
    }

    /** Sums for one note, one style or the whole corpus; the ratios are computed from them. */
    public record Counts(int notes, int goldTerms, int predictedTerms, int matchedTerms,
                         int goldWithAmount, int amountFound, int trapHits, int traps, int accelTrapHits,
                         int goldVendors, int predictedVendors, int matchedVendors,
                         int goldAccelerators, int familyFound, int roleCorrect, int errors,
                         int predictedWithAccount, int anchoredMatched) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(notes + o.notes, goldTerms + o.goldTerms, predictedTerms + o.predictedTerms,
                    matchedTerms + o.matchedTerms, goldWithAmount + o.goldWithAmount, amountFound + o.amountFound,
                    trapHits + o.trapHits, traps + o.traps, accelTrapHits + o.accelTrapHits,
                    goldVendors + o.goldVendors, predictedVendors + o.predictedVendors,
                    matchedVendors + o.matchedVendors, goldAccelerators + o.goldAccelerators,
                    familyFound + o.familyFound, roleCorrect + o.roleCorrect, errors + o.errors,
                    predictedWithAccount + o.predictedWithAccount, anchoredMatched + o.anchoredMatched);
        }

        public double termPrecision() {
            return ratio(matchedTerms, predictedTerms);
        }

        public double termRecall() {
            return ratio(matchedTerms, goldTerms);
        }

        public double termF1() {
            double p = termPrecision();
            double r = termRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Like {@link #termF1()} but a prediction only matches a gold term made from the same sentence. */
        public double anchoredF1() {
            double p = ratio(anchoredMatched, predictedTerms);
            double r = ratio(anchoredMatched, goldTerms);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double amountRecall() {
            return ratio(amountFound, goldWithAmount);
        }

        public double vendorPrecision() {
            return ratio(matchedVendors, predictedVendors);
        }

        public double vendorRecall() {
            return ratio(matchedVendors, goldVendors);
        }

        /** Gold accelerator entries whose vendor and family both appear among the predictions. */
        public double familyRecall() {
            return ratio(familyFound, goldAccelerators);
        }

        public double roleAccuracy() {
            return ratio(roleCorrect, goldAccelerators);
        }

        /** Predicted terms whose parties include the note's account (the contract says they always should). */
        public double accountInParties() {
            return ratio(predictedWithAccount, predictedTerms);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    /** One note's outcome with the lines an engineer needs to debug it. */
    public record NoteResult(String file, String style, String account, Counts counts,
                             List<String> falsePositives, List<String> misses, List<String> acceleratorIssues) {
    }

    /**
     * @param labelProblems evidence or trap strings that are not substrings of their note, unknown vocabulary,
     *                      missing files; must be empty for the numbers to mean anything
     */
    public record Score(Counts overall, Map<String, Counts> byStyle, List<NoteResult> notes,
                        List<String> labelProblems) {
    }

    // ---- labels ----

    record GoldTerm(String category, List<String> parties, Double amountUsd, Double gigawatts, Integer year,
                    boolean negated, String evidence) {
        int specificity() {
            return (amountUsd != null ? 1 : 0) + (gigawatts != null ? 1 : 0) + (year != null ? 1 : 0);
        }
    }

    record GoldAccel(String vendor, String family, String role, String evidence) {
    }

    record GoldNote(String file, String style, String account, List<GoldTerm> terms, List<GoldAccel> accelerators,
                    List<String> traps, List<String> acceleratorTraps) {
    }

    private static final Set<String> CATEGORIES = Set.of("exclusivity", "ip-rights", "spend-commitment",
            "investment", "capacity", "duration", "right-of-first-refusal", "most-favored-nation",
            "revenue-share", "other");
    private static final Set<String> ROLES = Set.of("primary", "secondary", "ramping", "evaluating", "lagging",
            "possible", "mentioned");

    static List<GoldNote> readLabels(Path corpusDir) {
        try {
            JsonNode root = new ObjectMapper().readTree(corpusDir.resolve("labels.json").toFile());
            List<GoldNote> out = new ArrayList<>();
            for (JsonNode n : root.path("notes")) {
                List<GoldTerm> terms = new ArrayList<>();
                for (JsonNode t : n.path("terms")) {
                    List<String> parties = new ArrayList<>();
                    t.path("parties").forEach(p -> parties.add(p.asText()));
                    terms.add(new GoldTerm(t.path("category").asText(), parties, num(t.get("amountUsd")),
                            num(t.get("gigawatts")), t.hasNonNull("year") ? t.get("year").asInt() : null,
                            t.path("negated").asBoolean(false), t.path("evidence").asText()));
                }
                List<GoldAccel> accels = new ArrayList<>();
                for (JsonNode a : n.path("accelerators")) {
                    accels.add(new GoldAccel(a.path("vendor").asText(), a.path("family").asText(),
                            a.path("role").asText(), a.path("evidence").asText()));
                }
                out.add(new GoldNote(n.path("file").asText(), n.path("style").asText(), n.path("account").asText(),
                        terms, accels, strings(n.path("traps")), strings(n.path("acceleratorTraps"))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double num(JsonNode v) {
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(s -> out.add(s.asText()));
        return out;
    }

    /** Every label problem in the corpus: missing files, evidence/traps that are not exact substrings, bad vocabulary. */
    public static List<String> validate(Path corpusDir) {
        List<String> problems = new ArrayList<>();
        for (GoldNote g : readLabels(corpusDir)) {
            Path file = corpusDir.resolve(g.file());
            if (!Files.isRegularFile(file)) {
                problems.add(g.file() + ": file missing");
                continue;
            }
            String text = read(file);
            if (!g.file().startsWith(g.style() + "/")) {
                problems.add(g.file() + ": style " + g.style() + " does not match the directory");
            }
            for (GoldTerm t : g.terms()) {
                if (!CATEGORIES.contains(t.category())) {
                    problems.add(g.file() + ": unknown category " + t.category());
                }
                if (t.parties().stream().noneMatch(p -> p.equalsIgnoreCase(g.account()))) {
                    problems.add(g.file() + ": parties " + t.parties() + " lack the account " + g.account());
                }
                if (!text.contains(t.evidence())) {
                    problems.add(g.file() + ": term evidence not in note: \"" + t.evidence() + "\"");
                }
            }
            for (GoldAccel a : g.accelerators()) {
                if (!ROLES.contains(a.role())) {
                    problems.add(g.file() + ": unknown role " + a.role());
                }
                if (!text.contains(a.evidence())) {
                    problems.add(g.file() + ": accelerator evidence not in note: \"" + a.evidence() + "\"");
                }
            }
            for (String trap : g.traps()) {
                if (!text.contains(trap)) {
                    problems.add(g.file() + ": trap not in note: \"" + trap + "\"");
                }
                for (GoldTerm t : g.terms()) {
                    if (trap.contains(t.evidence()) || t.evidence().contains(trap)) {
                        problems.add(g.file() + ": trap overlaps term evidence: \"" + trap + "\"");
                    }
                }
            }
            for (String trap : g.acceleratorTraps()) {
                if (!text.contains(trap)) {
                    problems.add(g.file() + ": accelerator trap not in note: \"" + trap + "\"");
                }
            }
        }
        return problems;
    }

    // ---- scoring ----

    public static Score score(Path corpusDir) {
        List<String> problems = validate(corpusDir);
        List<GoldNote> gold = readLabels(corpusDir);
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        gold.forEach(g -> known.add(g.account()));
        BriefingBuilder builder = new BriefingBuilder(Lexicon.bundled(), Playbook.bundled());
        NoteParser parser = new NoteParser();

        Counts overall = Counts.ZERO;
        Map<String, Counts> byStyle = new LinkedHashMap<>();
        List<NoteResult> results = new ArrayList<>();
        for (GoldNote g : gold) {
            Path file = corpusDir.resolve(g.file());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            NoteResult r = scoreNote(g, read(file), parser, builder, known);
            results.add(r);
            overall = overall.plus(r.counts());
            byStyle.merge(g.style(), r.counts(), Counts::plus);
        }
        return new Score(overall, byStyle, results, problems);
    }

    private static NoteResult scoreNote(GoldNote g, String text, NoteParser parser, BriefingBuilder builder,
                                        Set<String> known) {
        List<PartnershipTerm> terms;
        List<AcceleratorUse> accels;
        List<String> fps = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        List<String> accelIssues = new ArrayList<>();
        int errors = 0;
        try {
            Note parsed = parser.parse(text, g.file(), null);
            Note note = withAccount(parsed, g.account());
            Briefing b = builder.build(g.account(), List.of(note), known, TODAY);
            terms = b.partnershipTerms();
            accels = b.acceleratorMix();
        } catch (RuntimeException e) {
            terms = List.of();
            accels = List.of();
            errors = 1;
            fps.add("EXTRACTION FAILED: " + e);
        }

        // terms: most specific gold first, each takes the first unmatched prediction that fits
        List<GoldTerm> golds = new ArrayList<>(g.terms());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -golds.get(i).specificity()));
        int[] goldToPred = new int[golds.size()];
        boolean[] predUsed = new boolean[terms.size()];
        int matched = assign(order, golds, terms, goldToPred, predUsed, false);
        int anchoredMatched = assign(order, golds, terms, new int[golds.size()], new boolean[terms.size()], true);

        int withAmount = 0;
        int amountFound = 0;
        for (GoldTerm t : golds) {
            if (t.amountUsd() != null) {
                withAmount++;
                if (terms.stream().anyMatch(p -> close(p.amountUsd(), t.amountUsd()))) {
                    amountFound++;
                }
            }
        }

        int trapHits = 0;
        for (int pi = 0; pi < terms.size(); pi++) {
            PartnershipTerm p = terms.get(pi);
            String trap = trapHit(g.traps(), p.sentence(), p.text());
            if (trap != null) {
                trapHits++;
            }
            if (!predUsed[pi]) {
                fps.add("FP   " + describe(p) + (trap != null ? "   <<TRAP: \"" + trap + "\">>" : ""));
            }
        }
        for (int gi = 0; gi < golds.size(); gi++) {
            if (goldToPred[gi] < 0) {
                GoldTerm t = golds.get(gi);
                misses.add("MISS " + describe(t) + nearest(t, terms, predUsed));
            }
        }

        // accelerators
        Set<String> goldVendors = new LinkedHashSet<>();
        g.accelerators().forEach(a -> goldVendors.add(norm(a.vendor())));
        Set<String> predVendors = new LinkedHashSet<>();
        accels.forEach(a -> predVendors.add(norm(a.vendor())));
        int vendorMatch = 0;
        for (String v : predVendors) {
            if (goldVendors.contains(v)) {
                vendorMatch++;
            }
        }
        int familyFound = 0;
        int roleCorrect = 0;
        for (GoldAccel a : g.accelerators()) {
            AcceleratorUse same = null;
            AcceleratorUse vendorOnly = null;
            for (AcceleratorUse u : accels) {
                if (norm(u.vendor()).equals(norm(a.vendor()))) {
                    if (u.family() != null && u.family().equalsIgnoreCase(a.family()) && same == null) {
                        same = u;
                    }
                    if (vendorOnly == null) {
                        vendorOnly = u;
                    }
                }
            }
            AcceleratorUse pick = same != null ? same : vendorOnly;
            if (same != null) {
                familyFound++;
            }
            boolean roleOk = pick != null && pick.role() != null && pick.role().label().equals(a.role());
            if (roleOk) {
                roleCorrect++;
            }
            if (pick == null) {
                accelIssues.add("ACC MISS  " + a.vendor() + "/" + a.family() + " " + a.role()
                        + "   gold: \"" + a.evidence() + "\"");
            } else if (same == null || !roleOk) {
                accelIssues.add("ACC DIFF  gold " + a.vendor() + "/" + a.family() + " " + a.role()
                        + " -> pred " + describe(pick) + "   gold: \"" + a.evidence() + "\"");
            }
        }
        int accelTrapHits = 0;
        for (AcceleratorUse u : accels) {
            String trap = trapHit(g.acceleratorTraps(), u.evidence(), null);
            if (trap != null) {
                accelTrapHits++;
            }
            boolean vendorKnown = goldVendors.contains(norm(u.vendor()));
            boolean lineKnown = g.accelerators().stream().anyMatch(a -> norm(a.vendor()).equals(norm(u.vendor()))
                    && a.family().equalsIgnoreCase(String.valueOf(u.family())));
            if (!vendorKnown || !lineKnown || trap != null) {
                accelIssues.add((vendorKnown ? "ACC EXTRA " : "ACC FP    ") + describe(u)
                        + (trap != null ? "   <<ACCEL TRAP: \"" + trap + "\">>" : ""));
            }
        }

        int withAccount = (int) terms.stream()
                .filter(p -> p.parties().stream().anyMatch(x -> x.equalsIgnoreCase(g.account()))).count();
        Counts c = new Counts(1, golds.size(), terms.size(), matched, withAmount, amountFound, trapHits,
                g.traps().size(), accelTrapHits, goldVendors.size(), predVendors.size(), vendorMatch,
                g.accelerators().size(), familyFound, roleCorrect, errors, withAccount, anchoredMatched);
        return new NoteResult(g.file(), g.style(), g.account(), c, fps, misses, accelIssues);
    }

    /** Greedy one-to-one assignment, gold terms in the given order; returns how many gold terms got a prediction. */
    private static int assign(List<Integer> order, List<GoldTerm> golds, List<PartnershipTerm> terms, int[] goldToPred,
                              boolean[] predUsed, boolean anchored) {
        java.util.Arrays.fill(goldToPred, -1);
        int matched = 0;
        for (int gi : order) {
            for (int pi = 0; pi < terms.size(); pi++) {
                if (!predUsed[pi] && matches(terms.get(pi), golds.get(gi))
                        && (!anchored || anchored(terms.get(pi), golds.get(gi)))) {
                    predUsed[pi] = true;
                    goldToPred[gi] = pi;
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    /** The prediction comes from the sentence the gold evidence is in (containment, or 60% of its words). */
    static boolean anchored(PartnershipTerm p, GoldTerm g) {
        String e = norm(g.evidence());
        String s = norm(p.sentence());
        String t = norm(p.text());
        if ((!s.isEmpty() && (s.contains(e) || e.contains(s))) || (t.length() >= MIN_CONTAINED && e.contains(t))) {
            return true;
        }
        Set<String> words = new java.util.HashSet<>(List.of((s + " " + t).split("[^a-z0-9$.%]+")));
        String[] ev = e.split("[^a-z0-9$.%]+");
        int n = 0;
        int hit = 0;
        for (String w : ev) {
            if (w.length() > 1) {
                n++;
                if (words.contains(w)) {
                    hit++;
                }
            }
        }
        return n > 0 && hit >= 0.6 * n;
    }

    static boolean matches(PartnershipTerm p, GoldTerm g) {
        if (p.category() == null || !p.category().label().equals(g.category()) || p.negated() != g.negated()) {
            return false;
        }
        if (g.amountUsd() != null && !close(p.amountUsd(), g.amountUsd())) {
            return false;
        }
        if (g.gigawatts() != null && !close(p.gigawatts(), g.gigawatts())) {
            return false;
        }
        return g.year() == null || g.year().equals(p.year());
    }

    private static boolean close(Number pred, Double gold) {
        return pred != null && gold != null && Math.abs(pred.doubleValue() - gold) <= TOLERANCE * Math.abs(gold);
    }

    /** The trap a predicted sentence/text contains or is contained in, or null. */
    static String trapHit(List<String> traps, String sentence, String text) {
        String s = norm(sentence);
        String t = norm(text);
        for (String trap : traps) {
            String tr = norm(trap);
            if (tr.isEmpty()) {
                continue;
            }
            if ((!s.isEmpty() && (s.contains(tr) || (s.length() >= MIN_CONTAINED && tr.contains(s))))
                    || (!t.isEmpty() && (t.contains(tr) || (t.length() >= MIN_CONTAINED && tr.contains(t))))) {
                return trap;
            }
        }
        return null;
    }

    /** For a missed gold term: the prediction made from the same sentence, if any, so wrong values are visible. */
    private static String nearest(GoldTerm g, List<PartnershipTerm> terms, boolean[] used) {
        String ev = norm(g.evidence());
        List<String> near = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            PartnershipTerm p = terms.get(i);
            String s = norm(p.sentence());
            String t = norm(p.text());
            if ((!s.isEmpty() && (s.contains(ev) || ev.contains(s))) || (!t.isEmpty() && (t.contains(ev) || ev.contains(t)))) {
                near.add((used[i] ? "(used) " : "") + brief(p));
            }
        }
        return near.isEmpty() ? "   [no prediction from this sentence]" : "   [same sentence: " + String.join("; ", near) + "]";
    }

    private static String brief(PartnershipTerm p) {
        return (p.category() == null ? "?" : p.category().label()) + values(p.amountUsd() == null ? null
                : p.amountUsd().doubleValue(), p.gigawatts(), p.year(), p.negated()) + " parties=" + p.parties();
    }

    private static String describe(PartnershipTerm p) {
        return "[" + brief(p) + "] text=\"" + p.text() + "\" | sentence=\"" + p.sentence() + "\"";
    }

    private static String describe(GoldTerm g) {
        return "[" + g.category() + values(g.amountUsd(), g.gigawatts(), g.year(), g.negated()) + " parties="
                + g.parties() + "] evidence=\"" + g.evidence() + "\"";
    }

    private static String describe(AcceleratorUse u) {
        return u.vendor() + "/" + u.family() + " " + (u.role() == null ? "?" : u.role().label())
                + " evidence=\"" + u.evidence() + "\"";
    }

    private static String values(Double usd, Double gw, Integer year, boolean negated) {
        StringBuilder sb = new StringBuilder();
        if (usd != null) {
            sb.append(' ').append(money(usd));
        }
        if (gw != null) {
            sb.append(' ').append(String.format(Locale.ROOT, "%.3fGW", gw));
        }
        if (year != null) {
            sb.append(" y=").append(year);
        }
        if (negated) {
            sb.append(" NEG");
        }
        return sb.toString();
    }

    private static String money(double usd) {
        if (Math.abs(usd) >= 1e9) {
            return String.format(Locale.ROOT, "$%.2fB", usd / 1e9);
        }
        if (Math.abs(usd) >= 1e6) {
            return String.format(Locale.ROOT, "$%.1fM", usd / 1e6);
        }
        return String.format(Locale.ROOT, "$%.0f", usd);
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static Note withAccount(Note n, String account) {
        return new Note(n.id(), account, n.title(), n.date(), n.type(), n.source(), n.sourceRef(), n.participants(),
                n.tags(), n.path(), n.text(), n.frontMatter(), n.body(), n.sections(), n.links(), n.actionItems(),
                n.warnings());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- report ----

    public static void print(Score s, boolean verbose, PrintStream out) {
        if (verbose) {
            for (NoteResult r : s.notes()) {
                Counts c = r.counts();
                out.printf(Locale.ROOT, "%n== %s  [%s]  terms %d/%d matched of %d predicted, trap hits %d, "
                                + "vendors %d/%d of %d, roles %d/%d%n", r.file(), r.account(), c.matchedTerms(),
                        c.goldTerms(), c.predictedTerms(), c.trapHits(), c.matchedVendors(), c.goldVendors(),
                        c.predictedVendors(), c.roleCorrect(), c.goldAccelerators());
                r.falsePositives().forEach(l -> out.println("  " + l));
                r.misses().forEach(l -> out.println("  " + l));
                r.acceleratorIssues().forEach(l -> out.println("  " + l));
            }
            out.println();
        }
        if (!s.labelProblems().isEmpty()) {
            out.println("LABEL PROBLEMS (" + s.labelProblems().size() + "):");
            s.labelProblems().forEach(p -> out.println("  " + p));
        }
        String head = String.format(Locale.ROOT, "%-11s %5s %5s %5s %5s %6s %6s %6s %6s %6s %8s %6s %6s %6s %6s %4s",
                "style", "notes", "gold", "pred", "match", "P", "R", "F1", "aF1", "amtR", "trapHit", "vendP", "vendR",
                "famR", "roleA", "err");
        out.println(head);
        out.println("-".repeat(head.length()));
        s.byStyle().forEach((style, c) -> out.println(row(style, c)));
        out.println("-".repeat(head.length()));
        out.println(row("ALL", s.overall()));
        Counts o = s.overall();
        out.printf(Locale.ROOT, "trap hits: %d predicted terms from %d labeled trap sentences; accelerator-trap hits: %d;"
                + " predicted terms naming the account as a party: %.3f;"
                + " gold: %d terms (%d with amounts), %d accelerator entries%n", o.trapHits(), o.traps(),
                o.accelTrapHits(), o.accountInParties(), o.goldTerms(), o.goldWithAmount(), o.goldAccelerators());
    }

    private static String row(String name, Counts c) {
        return String.format(Locale.ROOT, "%-11s %5d %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6.3f %8d %6.3f %6.3f %6.3f %6.3f %4d",
                name, c.notes(), c.goldTerms(), c.predictedTerms(), c.matchedTerms(), c.termPrecision(),
                c.termRecall(), c.termF1(), c.anchoredF1(), c.amountRecall(), c.trapHits(), c.vendorPrecision(), c.vendorRecall(),
                c.familyRecall(), c.roleAccuracy(), c.errors());
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        Score s = score(dir);
        print(s, Boolean.getBoolean("corpus.verbose"), System.out);
        if (!s.labelProblems().isEmpty()) {
            System.exit(2);
        }
    }
}
