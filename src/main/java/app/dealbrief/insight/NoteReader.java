package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.Section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads one note sentence by sentence into raw facts: terms, accelerator statements, pitch ideas, signal candidates. */
final class NoteReader {
    /** What one note says, before merging across notes. */
    record Read(List<TermExtractor.Found> terms, List<AcceleratorExtractor.Found> accelerators,
                List<PitchIdea> pitches, List<Candidate> signals) {
    }

    record PitchIdea(String headline, String rationale, String sentence) {
    }

    /** A sentence that may be worth showing as a signal; {@code summary} marks the Summary section. */
    record Candidate(String sentence, int score, boolean summary) {
    }

    /** Headings whose content is navigation or provenance, not facts. */
    private static final Set<String> SKIPPED = Set.of("related", "source", "sources", "links", "references",
            "attendees", "participants", "backlinks", "see also");
    private static final Set<String> STOP = Set.of("with", "that", "this", "from", "into", "their", "they", "across",
            "over", "than", "have", "will", "more", "also", "both", "each", "which", "about", "future", "changing");

    private final Lexicon lex;
    private final TermExtractor terms;
    private final AcceleratorExtractor accelerators;
    private final PitchExtractor pitches;
    private final Parties parties;
    private final Tokens.Memo tokens = new Tokens.Memo();
    private String self;

    /** One reader per build: it keeps a token memo, so it is not shared between threads. */
    NoteReader(Lexicon lex, Parties parties) {
        this.lex = lex;
        this.parties = parties;
        this.terms = new TermExtractor(lex, parties, tokens);
        this.accelerators = new AcceleratorExtractor(lex, tokens).withParties(parties);
        this.pitches = new PitchExtractor(lex, tokens);
    }

    Read read(Note note) {
        tokens.clear();
        self = note.account() == null ? null : app.dealbrief.domain.AccountSummary.company(note.account());
        terms.self(self);
        List<TermExtractor.Found> ts = new ArrayList<>();
        List<AcceleratorExtractor.Found> as = new ArrayList<>();
        List<Candidate> signals = new ArrayList<>();
        List<String[]> ideas = new ArrayList<>(); // headline, label, sentence
        List<String> factClauses = new ArrayList<>();
        for (Section s : note.sections()) {
            if (s.heading() != null && SKIPPED.contains(s.heading().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean summary = s.heading() != null && s.heading().strip().equalsIgnoreCase("summary");
            TermExtractor.Focus focus = label(s.heading()); // the deal this section's last sentences were about
            for (Section.Block b : s.blocks()) {
                if (b.kind() == Section.Block.Kind.TASK || b.text() == null || isMeta(b.text())) {
                    continue;
                }
                String text = b.kind() == Section.Block.Kind.TABLE_ROW ? rowAsLine(b.text()) : b.text();
                for (String sentence : Segmenter.sentences(text)) {
                    List<PitchExtractor.Idea> found = pitches.extract(sentence);
                    if (!found.isEmpty()) {
                        found.forEach(i -> ideas.add(new String[] {i.headline(), i.label(), sentence}));
                        continue;
                    }
                    int before = ts.size() + as.size();
                    boolean termList = false;
                    int termsBefore = ts.size();
                    int accelBefore = as.size();
                    TermExtractor.Context ctx = terms.context(sentence, focus);
                    for (Segmenter.Clause c : Segmenter.clauses(sentence)) {
                        factClauses.add(c.text());
                        List<TermExtractor.Found> t = terms.extract(c, ctx);
                        ts.addAll(t);
                        termList |= c.lead() != null && !t.isEmpty();
                        as.addAll(accelerators.extract(c));
                    }
                    int facts = ts.size() + as.size() - before;
                    if (as.size() > accelBefore) {
                        sentenceRoles(as, accelBefore, ts.subList(termsBefore, ts.size()), ctx, focus);
                    }
                    if (ts.size() > termsBefore) {
                        TermExtractor.Found first = ts.get(termsBefore);
                        focus = TermExtractor.Focus.of(first);
                    } else if (ctx.namesAnyone() || isLabel(sentence) && !sentence.strip().endsWith("?")) {
                        // the note moved on to someone else, or to "Misc"; "X signed a lease with Lambda." with no
                        // figure yet puts that deal in focus for the figures that follow
                        TermExtractor.Focus deal = terms.dealStated(sentence, ctx);
                        TermExtractor.Focus labelled = label(sentence);
                        boolean site = labelled == null && !ctx.namesAnyone() && SITE.matcher(sentence.strip()).matches();
                        focus = deal != null ? deal : site ? focus : labelled;
                    }
                    if (!termList) {
                        signals.add(new Candidate(sentence, score(sentence, facts), summary));
                    }
                }
            }
        }
        List<PitchIdea> ps = new ArrayList<>();
        List<Object[]> clauses = ideas.isEmpty() ? List.of() : contentOfClauses(factClauses);
        for (String[] i : ideas) {
            ps.add(new PitchIdea(i[0], rationale(i[0], i[1], clauses), i[2]));
        }
        return new Read(ts, as, ps, signals);
    }

    /**
     * A chip named with no role word takes the sentence's modality: named in a commitment the sentence states
     * for the account ("$38 billion over seven years, NVIDIA GB200 and GB300 in EC2 UltraServers") it is being
     * deployed (ramping); in a sentence reporting talks or a rumour it is only possible.
     */
    private void sentenceRoles(List<AcceleratorExtractor.Found> as, int from, List<TermExtractor.Found> stated,
                               TermExtractor.Context ctx, TermExtractor.Focus focus) {
        AcceleratorRole role = null;
        if (ctx.reported()) {
            role = AcceleratorRole.POSSIBLE;
        } else if (stated.stream().anyMatch(this::accountsTerm)
                || focus != null && focus.category() != null && !ctx.namesAnyone()
                && (self == null || focus.parties().size() <= 1
                    || focus.parties().stream().anyMatch(self::equalsIgnoreCase))) {
            // "Racks are GB300 NVL72." right after the account's deal names no one: the deal's chips
            role = AcceleratorRole.RAMPING;
        }
        if (role == null) {
            return;
        }
        for (int i = from; i < as.size(); i++) {
            AcceleratorExtractor.Found f = as.get(i);
            if (f.role() == AcceleratorRole.MENTIONED) {
                as.set(i, new AcceleratorExtractor.Found(f.vendor(), f.family(), role, f.evidence(), f.owner()));
            }
        }
    }

    /** Whether a term read from the note is one of the account's (it names the account or at most one other party). */
    private boolean accountsTerm(TermExtractor.Found f) {
        return self == null || FactRows.ofAccount(self, f) != null;
    }

    /** Longest line read as a label naming who the lines under it are about. */
    private static final int LABEL_WORDS = 4;

    /**
     * "Anthropic", "Humain (Saudi)", "## OpenAI": a short line with no figure that names companies other than
     * the note's account puts them in focus for the lines under it; anything else focuses on no one.
     */
    private TermExtractor.Focus label(String line) {
        if (line == null) {
            return null;
        }
        if (!isLabel(line)) {
            return null;
        }
        List<String> named = parties.mentioned(tokens.of(SPEAKER.matcher(line.strip()).replaceFirst("")));
        named = new ArrayList<>(named);
        named.removeIf(p -> p.equalsIgnoreCase(self));
        return named.isEmpty() ? null : TermExtractor.Focus.on(List.copyOf(named));
    }

    /**
     * A table row read as a call-note line: "AMD | Instinct GPUs | 6 GW | 2H26" becomes "AMD: Instinct GPUs;
     * 6 GW; 2H26", so the first cell, when it names a company, is the counterparty of the rest.
     */
    private String rowAsLine(String row) {
        List<String> cells = new ArrayList<>();
        for (String c : row.split("\\|")) {
            String t = c.strip();
            if (!t.isEmpty() && !t.equals("-") && !t.equalsIgnoreCase("n/a") && !t.equals("\u2014")) {
                cells.add(t);
            }
        }
        if (cells.size() < 2) {
            return String.join(" ", cells);
        }
        String first = cells.get(0);
        String rest = String.join("; ", cells.subList(1, cells.size()));
        return parties.mentioned(tokens.of(first)).isEmpty() ? first + "; " + rest : first + ": " + rest;
    }

    /** "Portugal (Sines)", "UK (Loughton)": a place with its site in brackets heads the lines of the same deal. */
    private static final java.util.regex.Pattern SITE = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L} .-]*\\([^()]+\\)");

    /** "Omar: " before a transcript line: who speaks, not what about. */
    private static final java.util.regex.Pattern SPEAKER = java.util.regex.Pattern.compile("^\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*)?:\\s+");

    private boolean isLabel(String line) {
        List<Tokens.Tok> toks = tokens.of(SPEAKER.matcher(line.strip()).replaceFirst(""));
        return !toks.isEmpty() && toks.size() <= LABEL_WORDS && line.chars().noneMatch(Character::isDigit);
    }

    private static final Set<String> META_KEYS = Set.of("date", "account", "attendees", "participants", "source",
            "tags", "type", "title", "created", "updated", "owner", "status",
            // e-mail headers quoted in a thread summary
            "from", "to", "cc", "bcc", "subject", "sent", "re", "fwd", "fw");

    /** "Date: 2025-11-12 Account: Microsoft" header lines carry no facts. */
    private static boolean isMeta(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        return t.length() < 3
                || (colon > 0 && META_KEYS.contains(t.substring(0, colon).strip().toLowerCase(Locale.ROOT)));
    }

    private int score(String sentence, int facts) {
        List<Tokens.Tok> toks = tokens.of(sentence);
        if (toks.size() < 5) {
            return 0;
        }
        int score = 2 * facts;
        score += Math.min(3, parties.mentioned(toks).size());
        if (lex.dealWords.any(toks) || Quantities.amountUsd(sentence) != null || Quantities.gigawatts(sentence) != null) {
            score += 2;
        }
        if (lex.acceleratorContext.any(toks)) {
            score++;
        }
        return score;
    }

    /**
     * The clause elsewhere in the note that shares most words with the idea (shorter wins a tie), prefixed
     * by the label that marked the idea: the "why" a reader sees next to the pitch.
     */
    /** {clause text, its content words} for every fact clause, computed once per note. */
    private List<Object[]> contentOfClauses(List<String> clauses) {
        List<Object[]> out = new ArrayList<>(clauses.size());
        for (String c : clauses) {
            out.add(new Object[] {c, content(c)});
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private String rationale(String headline, String label, List<Object[]> clauses) {
        Set<String> words = content(headline);
        String best = null;
        double bestScore = 0;
        for (Object[] c : clauses) {
            Set<String> cw = (Set<String>) c[1];
            int hits = 0;
            for (String w : cw) {
                if (words.contains(w)) {
                    hits++;
                }
            }
            double score = hits - cw.size() / 100.0;
            if (hits > 0 && score > bestScore) {
                best = (String) c[0];
                bestScore = score;
            }
        }
        if (best == null) {
            return label == null ? "Stated in the note" : label;
        }
        return label == null ? best : label + " \u2014 " + best;
    }

    private Set<String> content(String s) {
        Set<String> out = new HashSet<>();
        for (Tokens.Tok t : tokens.of(s)) {
            String w = t.w();
            if (w.length() >= 4 && !STOP.contains(w)) {
                out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }
}
