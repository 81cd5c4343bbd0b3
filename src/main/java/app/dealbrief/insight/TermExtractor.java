package app.dealbrief.insight;

import app.dealbrief.domain.TermCategory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Partnership terms in one clause. A clause is a term when it has a category cue and is about a deal:
 * a deal word in the clause or its lead, a dollar or power figure, or a cue that only deals use
 * ("right of first refusal"). Clauses joined by "and" are split when both halves carry a term.
 */
final class TermExtractor {
    /** A term before note and support are attached. */
    record Found(String agreement, List<String> parties, TermCategory category, String text, Long amountUsd,
                 Double gigawatts, Integer year, boolean negated, String sentence) {
    }

    /** A lead longer than this is a sentence of its own, not a label over a list. */
    private static final int LEAD_LABEL_WORDS = 6;

    private static final Set<String> SCALE_WORDS = Set.of("billion", "billions", "trillion", "trillions");

    /** A figure with at most this many words and no verb of its own repeats the verb before it. */
    private static final int ELLIPSIS_WORDS = 8;

    private static final Set<String> STAKE_NOUNS = Set.of("stake", "stakes", "warrant", "warrants", "equity", "shares");

    private static final Set<String> HOLDS = Set.of("holds", "hold", "held", "owns", "own", "owned");

    /** Shorter than this, a line with a cue word is a label ("Neocloud backstops"), not a clause. */
    private static final int MIN_CLAUSE_WORDS = 4;

    private final Lexicon lex;

    private final Parties parties;

    private final Tokens.Memo tokens;

    private final TermCues cues;

    private final TermGate gate;

    /** The company whose note is read: naming only it names no counterparty ("Poolside is building a 2 GW campus"). */
    private String self;

    TermExtractor(Lexicon lex, Parties parties, Tokens.Memo tokens) {
        this.lex = lex;
        this.parties = parties;
        this.tokens = tokens;
        this.cues = new TermCues(lex, tokens);
        this.gate = new TermGate(lex);
    }

    /**
     * The deal the previous sentences of a section were about: "OpenAI signed a $38B deal with AWS. It
     * covers 300 MW, delivered in 2026." The second sentence names no one; its figures belong to that deal.
     */
    record Focus(String agreement, List<String> parties, TermCategory category) {
        /** A label line or heading that names the counterparty the lines under it are about ("Anthropic", "## OpenAI"). */
        static Focus on(List<String> companies) {
            return new Focus(null, companies, null);
        }

        /** The focus after a sentence stated {@code f}: its parties and kind (a fragment repeats the last verb). */
        static Focus of(Found f) {
            return new Focus(f.agreement(), f.parties(), f.category());
        }
    }

    /** Per-sentence memo: a long sentence is tokenized for its agreement once, not once per clause. */
    final class Context {
        private final String sentence;
        private final Focus focus;
        /** The deal an earlier clause of this sentence stated: "$38B over seven years, ..., all capacity by 2026". */
        private Focus within;
        /** Whether the part being read follows another part of the same clause ("... and NVIDIA up to $10B"). */
        private boolean laterPart;
        /** Whether an earlier part of the clause being read stated a term (a later part may continue only that). */
        private boolean partFound;
        private Parties.Agreement sentenceAgreement;
        private boolean sentenceDone;
        private Boolean reported;
        private Boolean namesAnyone;
        private final java.util.Map<String, Object[]> leads = new java.util.HashMap<>();

        Context(String sentence, Focus focus) {
            this.sentence = sentence;
            this.focus = focus;
        }

        Parties.Agreement sentenceAgreement() {
            if (!sentenceDone) {
                sentenceAgreement = parties.agreement(sentence, tokens.of(sentence));
                sentenceDone = true;
            }
            return sentenceAgreement;
        }

        /** Whether the sentence names a company anywhere (then it is not a continuation of the focus). */
        boolean namesAnyone() {
            if (namesAnyone == null) {
                // a company guessed from its suffix ("leased from Ionic Digital") is context for the party
                // filter, not a new deal: it does not end the one in focus
                List<String> named = others(parties.mentioned(tokens.of(sentence)));
                namesAnyone = named.stream().anyMatch(parties::known);
            }
            return namesAnyone;
        }

        /** Whether the sentence reports talks, a rumour or a denial: checked once, not once per clause. */
        boolean reported() {
            if (reported == null) {
                reported = lex.reportedHedges.any(tokens.of(sentence));
            }
            return reported;
        }

        /** Whether a lead is a short deal label with a dollar figure ("~$5.8bn purchase agreement"). */
        boolean leadFigure(String lead) {
            if (lead == null) {
                return false;
            }
            Object[] l = lead(lead);
            @SuppressWarnings("unchecked")
            List<Tokens.Tok> toks = (List<Tokens.Tok>) l[0];
            return (Boolean) l[1] && toks.size() <= LEAD_LABEL_WORDS && Quantities.amountUsd(lead) != null;
        }

        /** {tokens, deal word?, agreement} of a lead. */
        Object[] lead(String lead) {
            return leads.computeIfAbsent(lead, l -> {
                List<Tokens.Tok> toks = tokens.of(l);
                return new Object[] {toks, lex.dealWords.any(toks), parties.agreement(l, toks)};
            });
        }
    }

    /** The account of the note about to be read (null: unknown). */
    void self(String company) {
        this.self = company;
    }

    private List<String> others(List<String> named) {
        if (self == null || named.isEmpty()) {
            return named;
        }
        List<String> out = new ArrayList<>(named);
        out.removeIf(self::equalsIgnoreCase);
        return out;
    }

    Context context(String sentence) {
        return new Context(sentence, null);
    }

    /** A sentence read after {@code focus}'s: what it states without naming anyone is about that deal. */
    Context context(String sentence, Focus focus) {
        return new Context(sentence, focus);
    }

    /**
     * A sentence that states a deal with other companies but no term ("Vela signed a lease with Lambda."):
     * the focus for the sentences after it; null when it reports talks, hedges or asks.
     */
    Focus dealStated(String sentence, Context ctx) {
        List<Tokens.Tok> toks = tokens.of(sentence);
        if (ctx.reported() || sentence.strip().endsWith("?") || !lex.dealWords.any(toks) || gate.modal(sentence, toks)) {
            return null;
        }
        List<String> named = others(parties.mentioned(toks));
        return named.isEmpty() || named.size() > 2 ? null : Focus.on(List.copyOf(named));
    }

    @SuppressWarnings("unchecked")
    List<Found> extract(Segmenter.Clause clause, Context ctx) {
        List<Found> out = new ArrayList<>();
        List<Tokens.Tok> leadToks = List.of();
        boolean dealLead = false;
        Parties.Agreement agreement = null;
        if (clause.lead() != null) {
            Object[] lead = ctx.lead(clause.lead());
            leadToks = (List<Tokens.Tok>) lead[0];
            dealLead = (Boolean) lead[1];
            agreement = (Parties.Agreement) lead[2];
        }
        if (agreement == null) {
            agreement = ctx.sentenceAgreement();
        }
        // A deal word anywhere in the clause covers each of its "and"-joined parts.
        boolean dealClause = dealLead || lex.dealWords.any(tokens.of(clause.text()));
        boolean first = true;
        ctx.partFound = false;
        for (String part : cues.splitAnd(clause.text())) {
            ctx.laterPart = !first;
            first = false;
            Found f = term(part, clause, dealLead, dealClause, agreement, leadToks, ctx);
            if (f != null) {
                ctx.partFound = true;
                out.addAll(withCompanions(f, tokens.of(part)));
                out.addAll(phases(f, part));
                out.addAll(totals(f, part));
                if (ctx.within == null) {
                    ctx.within = Focus.of(f);
                }
            }
        }
        return out;
    }

    /**
     * One clause often states two terms: "$38B over seven years" is a spend commitment and a duration,
     * "$300B for 4.5 GW" a spend commitment and capacity. The companion carries its own figure only.
     */
    private List<Found> withCompanions(Found f, List<Tokens.Tok> toks) {
        List<Found> out = new ArrayList<>(2);
        boolean money = f.amountUsd() != null;
        boolean power = f.gigawatts() != null;
        if (money && power && (f.category() == TermCategory.SPEND_COMMITMENT || f.category() == TermCategory.CAPACITY)) {
            out.add(copy(f, TermCategory.SPEND_COMMITMENT, f.amountUsd(), null, null));
            out.add(copy(f, TermCategory.CAPACITY, null, f.gigawatts(), f.year()));
        } else {
            out.add(f);
        }
        if (money && !power && f.category() == TermCategory.SPEND_COMMITMENT && TermCues.capacitySchedule(toks)) {
            // "$12bn of dedicated capacity, delivered from early 2027": the money and when the capacity arrives
            out.add(copy(f, TermCategory.CAPACITY, null, null, f.year()));
        }
        if (f.category() != TermCategory.DURATION && !f.negated() && TermCues.yearsSpan(toks)) {
            out.add(copy(f, TermCategory.DURATION, null, null, null)); // "through 2030" stays the term's year
        }
        return out;
    }

    /**
     * "6 GW over several generations, beginning with 1 GW in 2H26": each further power figure of a capacity
     * term is a phase of it, with the year written after it; one behind an option ("scalable to 90 MW") is not.
     */
    private List<Found> phases(Found f, String text) {
        if (f.gigawatts() == null || f.negated()
                || f.category() != TermCategory.CAPACITY && f.category() != TermCategory.SPEND_COMMITMENT) {
            return List.of();
        }
        List<double[]> figures = Quantities.allGigawatts(text);
        List<Found> out = new ArrayList<>();
        for (int i = 1; i < figures.size(); i++) {
            double gw = figures.get(i)[0];
            int at = (int) figures.get(i)[1];
            String between = text.substring((int) figures.get(i - 1)[2], at);
            if (gw == f.gigawatts() || gate.modal(between, tokens.of(between))) {
                continue;
            }
            Integer year = Quantities.year(tokens.of(text.substring(at)));
            out.add(copy(f, TermCategory.CAPACITY, null, gw, year == null ? f.year() : year));
        }
        return out;
    }

    /** Words that take a contract's value to a new total: "..., which brings the total to about $22.4 billion". */
    private static final Set<String> TO_TOTAL = Set.of("total", "brings", "bringing", "taking", "takes", "lifts",
            "lifting", "raising", "raises", "increasing", "increases", "lift", "take", "bring");

    /**
     * "adds $1.4bn, taking its total backstop to ~$3.2bn": a later dollar figure the clause names as the
     * running total of the same agreement is a term of its own, of the same kind.
     */
    private List<Found> totals(Found f, String text) {
        if (f.amountUsd() == null || f.negated()) {
            return List.of();
        }
        List<long[]> amounts = Quantities.allAmounts(text);
        List<Found> out = new ArrayList<>();
        for (int i = 1; i < amounts.size(); i++) {
            long v = amounts.get(i)[0];
            String between = text.substring((int) amounts.get(i - 1)[2], (int) amounts.get(i)[1]);
            List<Tokens.Tok> bt = tokens.of(between);
            if (v == f.amountUsd() || bt.stream().noneMatch(t -> TO_TOTAL.contains(t.w()))
                    || gate.modal(between, bt) && bt.stream().noneMatch(t -> t.w().startsWith("option") || t.w().startsWith("extension"))) {
                continue;
            }
            out.add(copy(f, f.category(), v, null, null));
        }
        return out;
    }

    private static Found copy(Found f, TermCategory cat, Long amount, Double gw, Integer year) {
        return new Found(f.agreement(), f.parties(), cat, f.text(), amount, gw, year, f.negated(), f.sentence());
    }

    private Found term(String text, Segmenter.Clause clause, boolean dealLead, boolean dealClause,
                       Parties.Agreement agreement,
                       List<Tokens.Tok> leadToks, Context ctx) {
        List<Tokens.Tok> toks = tokens.of(text);
        if (toks.size() < 2) {
            return null;
        }
        Long amount = Quantities.amountUsd(text);
        Double gw = Quantities.gigawatts(text);
        TermCues.Cue leadCue = null;
        if (amount == null && gw == null && ctx.leadFigure(clause.lead())) {
            // "~$5.8bn purchase agreement: GB300 systems + ancillary equipment from Dell": the label holds the
            // contract's value and kind, the item what it buys
            amount = Quantities.amountUsd(clause.lead());
            leadCue = cues.category(leadToks, false);
        }
        boolean scale = amount != null || toks.stream().anyMatch(t -> SCALE_WORDS.contains(t.w()));
        boolean deal = dealClause;
        TermCues.Cue cue = cues.category(toks, gw != null);
        TermCategory cat = cue == null ? null : cue.category();
        if (leadCue != null && (cat == null || cat == TermCategory.OTHER)) {
            cat = leadCue.category();
            cue = null; // the cue stands in the label: negation is read from the item alone
        }
        if (cat == null && scale && deal) {
            cat = TermCategory.SPEND_COMMITMENT; // "$38 billion deal with AWS", "a deal worth tens of billions"
        }
        // a later part of a sentence repeats only what this sentence stated ("would invest $5B in X and NVIDIA
        // up to $10B" is hedged in both halves), a whole fragment the sentence before it
        // ("A committed $30B; Microsoft said it would invest $5B in A and NVIDIA up to $10B": the NVIDIA part
        // continues the hedged clause it is in, not the commitment stated before the semicolon)
        Focus before = ctx.laterPart ? (ctx.partFound ? ctx.within : null) : ctx.within != null ? ctx.within : ctx.focus;
        if (cat == null && (amount != null || scale) && before != null
                && !lex.dealWords.any(toks) && toks.size() <= ELLIPSIS_WORDS) {
            // "NVIDIA will invest up to $10 billion. Microsoft up to $5 billion.", "The expansion is worth tens of
            // billions.", "backstops $3.2 billion at TeraWulf and $1.4 billion at Cipher"
            boolean grows = toks.stream().anyMatch(t -> GROWTH.contains(t.w()));
            // under a label ("Microsoft" / "- $6.2bn / 5 yrs") money is what the account is paid or pays
            cat = before.category() == null ? TermCategory.SPEND_COMMITMENT
                    : before.category() == TermCategory.INVESTMENT && !grows
                    ? TermCategory.INVESTMENT
                    : before.category() == TermCategory.OTHER && !grows ? TermCategory.OTHER : TermCategory.SPEND_COMMITMENT;
        }
        if (cat == null && TermCues.stakeSize(text, toks) && toks.stream().anyMatch(t -> HOLDS.contains(t.w()))) {
            cat = TermCategory.INVESTMENT; // "The Dutch group now holds roughly 11% of Mistral"
        }
        if (cue != null && cat == TermCategory.INVESTMENT && TermCues.buildsInfrastructure(toks, cue.at())) {
            cat = TermCategory.SPEND_COMMITMENT; // "will invest $50 billion in data centers built with Fluidstack"
        }
        if (cat == TermCategory.SPEND_COMMITMENT && acquires(toks)) {
            cat = TermCategory.INVESTMENT; // "agreed to buy DigitalBridge for about $4 billion": the company itself
        }
        if (cat == TermCategory.CAPACITY && gw == null && amount != null) {
            cat = TermCategory.SPEND_COMMITMENT; // "$38 billion ... for GPU capacity" buys capacity
        }
        if (cat == TermCategory.SPEND_COMMITMENT && amount == null && gw != null) {
            cat = TermCategory.CAPACITY; // "contracted 750 MW": power, not money
        }
        boolean chips = cues.chipCount(toks);
        if (cat == TermCategory.CAPACITY && gw == null && amount == null && !chips && cues.hasDuration(toks)) {
            cat = TermCategory.DURATION; // "a five-year deal for dedicated capacity": the length is the figure
        }
        if (cat == TermCategory.SPEND_COMMITMENT && amount == null && gw == null && TermCues.yearsSpan(toks)) {
            cat = TermCategory.DURATION; // "Oracle signed a 15-yr lease on the site": the length is the figure
        }
        if (cat == TermCategory.DURATION && chips && amount == null) {
            cat = TermCategory.CAPACITY; // "40k GB300 to MSFT, multi-yr": the chips are the term, the years its companion
        }
        if (cat == TermCategory.DURATION && amount != null) {
            cat = TermCategory.SPEND_COMMITMENT; // "$38 billion over seven years": the money is the term
        }
        List<String> named = cues.counterparties(parties, toks);
        boolean agreementItem = clause.listItem() && dealLead;
        // Call notes list deals by counterparty: "CoreWeave: $14.2B thru Dec 2031", "Nebius: ~$3B, 5 yrs".
        boolean counterpartyLead = clause.lead() != null && leadToks.size() <= 4 && (amount != null || gw != null)
                && !parties.mentioned(leadToks).isEmpty();
        boolean committed = agreementItem || counterpartyLead || dealClause || lex.commitmentWords.any(toks)
                || lex.commitmentWords.any(leadToks);
        // A sentence that names no one continues the deal in focus: "It covers 300 MW", "Deployment starts in 2026".
        Focus focus = null;
        if (others(named).isEmpty() && agreement == null && others(parties.mentioned(leadToks)).isEmpty()) {
            focus = ctx.within != null ? ctx.within : ctx.namesAnyone() ? null : ctx.focus;
        }
        if (cat == null && chips && (committed || !named.isEmpty() || focus != null)) {
            cat = TermCategory.CAPACITY; // "will provide Poolside with more than 40,000 GB300 GPUs"
        }
        if (cat == null && TermCues.schedule(toks) && (focus != null || !others(named).isEmpty())) {
            cat = TermCategory.CAPACITY; // "Operations start in 2H 2026" after the deal: when its capacity arrives
        }
        if (cat == null && counterpartyLead && amount != null) {
            // "CoreWeave: $14.2B thru Dec 2031"; "Helix Labs: $2B for 30%" buys a stake
            cat = TermCues.stakeSize(text, toks) ? TermCategory.INVESTMENT : TermCategory.SPEND_COMMITMENT;
        }
        List<String> others = others(named);
        boolean counterparty = !others.isEmpty() || agreement != null || focus != null
                || !others(parties.mentioned(leadToks)).isEmpty(); // "Cipher / Fluidstack (Barber Lake): ..."
        // A commitment word alone is no term: someone must be on the other side, or a figure stated
        // ("money invested regularly for decades", "in 100 years much will change").
        boolean bound = counterparty || amount != null || gw != null || chips || agreementItem || counterpartyLead
                || dealClause || Quantities.year(toks) != null
                || self != null && named.stream().anyMatch(self::equalsIgnoreCase);
        boolean qualifies = cat != null && (lex.strongTerms.contains(cat) || committed && bound
                || (cat == TermCategory.EXCLUSIVITY && !named.isEmpty())
                // a stated figure with its own verb: "is investing up to $2B", "raised $1.5B from TWG"
                || (cat == TermCategory.INVESTMENT && amount != null)
                // backstops, guarantees, termination rights, preferred partners: contractual by their wording
                || (cat == TermCategory.OTHER && counterparty && (toks.size() >= MIN_CLAUSE_WORDS || amount != null))
                // "owns a stake of roughly 6% in CoreWeave", "a warrant for up to 160 million shares"
                || (cat == TermCategory.INVESTMENT && counterparty && (TermCues.stakeSize(text, toks)
                        || toks.stream().anyMatch(t -> STAKE_NOUNS.contains(t.w()))))
                || (cat == TermCategory.SPEND_COMMITMENT && amount != null && !others.isEmpty())
                || (cat == TermCategory.CAPACITY && gw != null && (counterparty || committed))
                // "Nscale: ~200k GB300 across 4 sites", "access to up to one million TPUs from Google"
                || (cat == TermCategory.CAPACITY && chips && (agreement != null || focus != null
                        || !parties.mentioned(leadToks).isEmpty() || !cues.withoutChipVendors(others, toks).isEmpty()))
                || (cat == TermCategory.IP_RIGHTS && (counterparty || Quantities.year(toks) != null))
                || (cat == TermCategory.DURATION && Quantities.year(toks) != null && counterparty)
                // "MSFT" / "- term 5 yrs": a short line's span under a label (not "GPU life beyond 2-3 years")
                || (cat == TermCategory.DURATION && focus != null && toks.size() <= ELLIPSIS_WORDS
                        && TermCues.yearsSpan(toks))
                || (focus != null && (amount != null || gw != null || chips
                        || cat == TermCategory.CAPACITY && Quantities.year(toks) != null)));
        if (!qualifies && cat == null && agreementItem && toks.size() >= 3) {
            cat = TermCategory.OTHER; // an item of "the X agreement: A; B; C" with no known cue
            qualifies = true;
        }
        boolean oneDeal = focus != null && others(focus.parties()).size() == 1 && others.isEmpty();
        if (!qualifies || ctx.reported() || !gate.asserted(text, toks, leadToks, clause, cat, oneDeal)) {
            return null;
        }
        if (cat == TermCategory.CAPACITY && gw == null && amount == null && Quantities.year(toks) == null
                && !agreementItem && !chips) {
            return null; // "scrambling for near-term AI capacity": capacity named, none committed
        }
        if (cat == TermCategory.SPEND_COMMITMENT && amount == null && gw == null && !scale) {
            return null; // "his contract ends", "the lease covers space and power": no figure ("tens of billions" is one)
        }
        if (clause.sentence().strip().endsWith("?")) {
            return null; // "Does this make Claude an Azure exclusive?"
        }
        Set<String> ps = new LinkedHashSet<>();
        if (agreement != null) {
            ps.addAll(agreement.parties());
        }
        if (focus != null) {
            ps.addAll(focus.parties());
        } else if (cat == TermCategory.OTHER && ctx.focus != null
                && named.stream().anyMatch(p -> ctx.focus.parties().contains(p))) {
            // "Google backstops $1.4 billion of Fluidstack's lease obligations" after the account's lease
            // with Fluidstack: a guarantee given on the deal in focus is part of it
            ps.addAll(ctx.focus.parties());
        }
        ps.addAll(named);
        if (ps.isEmpty()) {
            // "Cipher / Fluidstack (Barber Lake): $1.4B backstop": a call note's label lists the account's counterparties
            List<String> labelled = parties.mentioned(leadToks);
            if (labelled.size() > 1 && self != null) {
                ps.add(self);
            }
            ps.addAll(labelled);
        }
        boolean negated = cue != null && cues.negated(toks, cue.at());
        String name = agreement != null ? agreement.name() : focus != null ? focus.agreement() : null;
        return new Found(name, List.copyOf(ps), cat, text, amount, gw,
                Quantities.year(toks), negated, clause.sentence());
    }

    private static final Set<String> BUY_VERBS = Set.of("buy", "buys", "buying", "bought", "acquire", "acquires",
            "acquired", "acquiring", "purchase", "purchases", "purchased");

    /** What may follow a company bought whole: "buy DigitalBridge for $4 billion", "acquire Helix Labs, ...". */
    private static final Set<String> AFTER_TARGET = Set.of("for", "in", "at", "from", "outright", "and");

    /** "to buy DigitalBridge for $4 billion": the verb's object is a company, not its capacity or services. */
    private boolean acquires(List<Tokens.Tok> toks) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (BUY_VERBS.contains(toks.get(i).w()) && acquires(toks, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean acquires(List<Tokens.Tok> toks, int cueAt) {
        for (PhraseIndex.Match<String> c : parties.matches(toks)) {
            if (c.from() == cueAt + 1) {
                return c.to() == toks.size() || AFTER_TARGET.contains(toks.get(c.to()).w());
            }
        }
        // a name in no list: one capitalised word that is no chip or hardware ("buy DigitalBridge for $4 billion",
        // not "buy GPUs for the cluster")
        int at = cueAt + 1;
        if (at >= toks.size() || !toks.get(at).capitalised() || lex.accelerators.lengthAt(toks, at) > 0
                || lex.acceleratorContext.lengthAt(toks, at) > 0 || Character.isDigit(toks.get(at).w().charAt(0))) {
            return false;
        }
        return at + 1 < toks.size() && AFTER_TARGET.contains(toks.get(at + 1).w()) && !toks.get(at + 1).w().equals("and");
    }

    /** "An expansion of up to $4 billion": a fragment that grows the contract, whatever was said just before. */
    private static final Set<String> GROWTH = Set.of("expansion", "expand", "expanded", "extension", "upsized", "upsize");
}
