package app.dealbrief.insight;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * EXPERIMENT ONLY (docs/decisions/0005): a note split into the sentences the extraction reads, in the order and with
 * the skips of {@link NoteReader#read} (navigation sections, tasks, header lines), each with what the real term
 * extractor found in it (after {@link BriefingBuilder#ofAccount}) and what {@link UngatedTermExtractor} finds with
 * the commitment gate off. A public bridge so the bench package can reach the package-private extraction classes.
 */
public final class SentenceProbe {
    /** A term as the experiment needs it: category label, figures, negation, whether it is one of the account's. */
    public record Term(String category, Long amountUsd, Double gigawatts, Integer year, boolean negated,
                       List<String> parties, String text, String sentence, boolean accountParty) {
    }

    /**
     * @param pitch    the real reader takes the sentence as a pitch idea and reads no term from it
     * @param reported the sentence has a talks/rumour/denial cue (the rule gate's sentence-wide veto)
     * @param amount   a dollar figure is parsed from the sentence
     * @param power    a GW/MW figure is parsed from the sentence
     */
    public record Sentence(String text, boolean pitch, List<Term> rule, List<Term> ungated, boolean reported,
                           boolean amount, boolean power, boolean modal, boolean notTermTopic, boolean dealWord,
                           boolean commitmentWord, Integer year) {
    }

    private static final Set<String> SKIPPED = Set.of("related", "source", "sources", "links", "references",
            "attendees", "participants", "backlinks", "see also");
    private static final Set<String> META_KEYS = Set.of("date", "account", "attendees", "participants", "source",
            "tags", "type", "title", "created", "updated", "owner", "status",
            "from", "to", "cc", "bcc", "subject", "sent", "re", "fwd", "fw");

    private SentenceProbe() {
    }

    public static List<Sentence> read(Note note, String account, Set<String> knownAccounts, Lexicon lex) {
        Parties parties = new Parties(lex, knownAccounts);
        Tokens.Memo tokens = new Tokens.Memo();
        TermExtractor rule = new TermExtractor(lex, parties, tokens);
        UngatedTermExtractor open = new UngatedTermExtractor(lex, parties, tokens);
        PitchExtractor pitches = new PitchExtractor(lex, tokens);
        String company = AccountSummary.company(account);
        List<Sentence> out = new ArrayList<>();
        for (Section s : note.sections()) {
            if (s.heading() != null && SKIPPED.contains(s.heading().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Section.Block b : s.blocks()) {
                if (b.kind() == Section.Block.Kind.TASK || b.text() == null || isMeta(b.text())) {
                    continue;
                }
                for (String sentence : Segmenter.sentences(b.text())) {
                    boolean pitch = !pitches.extract(sentence).isEmpty();
                    List<Term> ruleTerms = new ArrayList<>();
                    List<Term> openTerms = new ArrayList<>();
                    TermExtractor.Context rc = rule.context(sentence);
                    UngatedTermExtractor.Context oc = open.context(sentence);
                    for (Segmenter.Clause c : Segmenter.clauses(sentence)) {
                        if (!pitch) {
                            for (TermExtractor.Found f : rule.extract(c, rc)) {
                                TermExtractor.Found a = FactRows.ofAccount(company, f);
                                if (a != null) {
                                    ruleTerms.add(term(a, true));
                                }
                            }
                        }
                        for (TermExtractor.Found f : open.extract(c, oc)) {
                            TermExtractor.Found a = FactRows.ofAccount(company, f);
                            openTerms.add(term(a != null ? a : f, a != null));
                        }
                    }
                    List<Tokens.Tok> toks = tokens.of(sentence);
                    out.add(new Sentence(sentence, pitch, ruleTerms, openTerms, rc.reported(),
                            Quantities.amountUsd(sentence) != null, Quantities.gigawatts(sentence) != null,
                            lex.modalHedges.any(toks), lex.notTermTopics.any(toks), lex.dealWords.any(toks),
                            lex.commitmentWords.any(toks), Quantities.year(toks)));
                }
            }
        }
        return out;
    }

    private static Term term(TermExtractor.Found f, boolean accountParty) {
        return new Term(f.category() == null ? null : f.category().label(), f.amountUsd(), f.gigawatts(), f.year(),
                f.negated(), f.parties(), f.text(), f.sentence(), accountParty);
    }

    private static boolean isMeta(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        return t.length() < 3
                || (colon > 0 && META_KEYS.contains(t.substring(0, colon).strip().toLowerCase(Locale.ROOT)));
    }
}
