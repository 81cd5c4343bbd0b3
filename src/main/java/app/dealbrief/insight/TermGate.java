package app.dealbrief.insight;

import app.dealbrief.domain.TermCategory;

import java.util.List;
import java.util.Set;

/**
 * Whether a clause states a commitment: not a hedge, wish or forecast ("could", "plans to", "if"), unless the
 * wording is the contract's own option or right; and not a figure of another kind (revenue, capex, a market).
 */
final class TermGate {
    private final Lexicon lex;

    TermGate(Lexicon lex) {
        this.lex = lex;
    }

    /** Categories that name a clause of an agreement whatever figures stand near them. */
    private static final Set<TermCategory> CLAUSE_KINDS = java.util.EnumSet.of(TermCategory.RIGHT_OF_FIRST_REFUSAL,
            TermCategory.MOST_FAVORED_NATION, TermCategory.REVENUE_SHARE, TermCategory.IP_RIGHTS);

    /**
     * Whether the clause states a commitment rather than an option, wish or forecast (in the clause or its
     * lead; talks, rumours and denials anywhere in the sentence are {@link TermExtractor.Context#reported()}), or a figure that is no term
     * between two parties: revenue, backlog, a company's own capex, a market size, a price.
     */
    boolean asserted(String text, List<Tokens.Tok> toks, List<Tokens.Tok> leadToks, Segmenter.Clause clause,
                             TermCategory cat) {
        return asserted(text, toks, leadToks, clause, cat, false);
    }

    /**
     * @param oneDeal the clause continues one deal with one counterparty and names no other: "So $22.4 billion
     *                in total" after the expansion is that contract's total, not a sum across partners
     */
    boolean asserted(String text, List<Tokens.Tok> toks, List<Tokens.Tok> leadToks, Segmenter.Clause clause,
                     TermCategory cat, boolean oneDeal) {
        if (modal(text, toks) || modal(clause.lead(), leadToks)) {
            return false;
        }
        boolean total = oneDeal && toks.stream().noneMatch(t -> SEVERAL.contains(t.w()));
        return CLAUSE_KINDS.contains(cat) || !aboutOtherTopic(toks, cat, total) && !aboutOtherTopic(leadToks, cat, total)
                && !priceMove(text);
    }

    /** Words that make a total one across several deals: "the two contracts total", "combined", "all partners". */
    private static final Set<String> SEVERAL = Set.of("contracts", "deals", "agreements", "commitments", "leases",
            "two", "three", "both", "all", "combined", "together", "partners", "across");

    /** Topics that are sums: a sum over one deal is its total. */
    private static final Set<String> SUMS = Set.of("in total", "totals", "total about", "all told", "altogether");

    private static final java.util.regex.Pattern PRICE_MOVE = java.util.regex.Pattern.compile(
            "\\b(?:stock|shares)\\s*[+-]\\s*\\d", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "Dell stock +5% too": a share-price move. */
    private static boolean priceMove(String text) {
        return PRICE_MOVE.matcher(text).find();
    }

    /** "may cancel", "can terminate": the clause states a right one side holds. */
    private static boolean grantsRight(List<Tokens.Tok> toks) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            String w = toks.get(i).w();
            if ((w.equals("may") || w.equals("can")) && RIGHTS.contains(toks.get(i + 1).w())) {
                return true;
            }
        }
        return false;
    }

    /** Hedges a delivery schedule is written with ("expected to", "should", "targeted"): not a wish or forecast. */
    private static final Set<String> SCHEDULE_MODALS = Set.of("expected", "expects", "should");

    private static final Set<String> RIGHTS = Set.of("cancel", "terminate", "exit", "extend", "renew");

    /** Last words of "scalable to", "could scale", "designed to scale": an option to grow past the figure stated. */
    private static final Set<String> GROWTH_HEDGES = Set.of("scalable to", "could scale", "designed to scale");

    private static final Set<String> OPTION_MODALS = Set.of("would", "if", "could", "may", "might");

    private static final Set<String> VALUE_WORDS = Set.of("contract", "value", "total", "deal");

    /** Debt a guarantee covers: "a $1.4bn backstop for the project debt" is the guarantee, not a loan. */
    private static final Set<String> FINANCING = Set.of("debt", "financing", "loan", "loans", "bond", "bonds");

    private static final Set<String> OPTION_WORDS = Set.of("option", "options", "optional", "extension", "extensions");

    private static final Set<String> CONTRACT_WORDS = Set.of("contracted", "contract", "lease", "leasing");

    /** "$6.7 billion of contracted revenue", "lease revenue": a contract's value, not the company's revenue. */
    private static boolean contractValue(List<Tokens.Tok> toks, int topicAt) {
        String w = toks.get(topicAt).w();
        if (w.equals("valued") && topicAt + 1 < toks.size() && toks.get(topicAt + 1).w().equals("at")) {
            // "a contract with Lambda valued at $7.5B": the contract's value, not a company's valuation
            // nearest first; "a lease with Lambda, which is valued at $4B" values Lambda (the noun before "which")
            for (int i = topicAt - 1; i >= Math.max(0, topicAt - 6); i--) {
                String x = toks.get(i).w();
                if (x.equals("which") || x.equals("who") || x.equals("that")) {
                    return i > 0 && CONTRACT_NOUNS.contains(toks.get(i - 1).w());
                }
                if (CONTRACT_NOUNS.contains(x) || CONTRACT_WORDS.contains(x)) {
                    return true;
                }
            }
            return false;
        }
        if (!w.startsWith("revenue")) {
            return false;
        }
        for (int i = Math.max(0, topicAt - 2); i < topicAt; i++) {
            if (CONTRACT_WORDS.contains(toks.get(i).w())) {
                return true;
            }
        }
        // "The leases are worth more than $1 billion of revenue a year"
        boolean worth = false;
        for (int i = Math.max(0, topicAt - 6); i < topicAt; i++) {
            worth |= toks.get(i).w().equals("worth");
        }
        for (int i = 0; worth && i < topicAt; i++) {
            if (CONTRACT_WORDS.contains(toks.get(i).w()) || CONTRACT_NOUNS.contains(toks.get(i).w())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONTRACT_NOUNS = Set.of("leases", "contracts", "deal", "agreement", "agreements", "order");

    /** Revenue, capex, a market...; "on the earnings call" is where it was said, not what. */
    private boolean aboutOtherTopic(List<Tokens.Tok> toks, TermCategory cat, boolean oneDealTotal) {
        for (PhraseIndex.Match<Boolean> m : lex.notTermTopics.find(toks)) {
            if (oneDealTotal && SUMS.contains(phrase(toks, m))) {
                continue;
            }
            if (cat == TermCategory.INVESTMENT && toks.get(m.from()).w().startsWith("valu")) {
                continue; // "a $1.1 billion Series G at an $8.1 billion valuation": the round's price, not the topic
            }
            boolean venue = m.to() < toks.size() && (toks.get(m.to()).w().equals("call")
                    || toks.get(m.to()).w().equals("calls"));
            if (cat == TermCategory.OTHER && FINANCING.contains(toks.get(m.from()).w())) {
                continue;
            }
            if (!venue && !contractValue(toks, m.from())) {
                return true;
            }
        }
        return false;
    }

    /** Words that bind a party before a condition: "agreed to take $15bn more if ...", "will buy ... unless ...". */
    private static final Set<String> BINDING = Set.of("agreed", "agrees", "committed", "commits", "signed", "obligated",
            "obliged", "must");

    private static final Set<String> PURCHASE = Set.of("buy", "purchase", "take", "pay", "cover", "absorb");

    /**
     * "Meta will buy up to $15 billion more if Nebius can't sell it": the only hedge is an "if"/"unless" after a
     * binding verb, so it is a condition the agreement states, not a wish ("would sign ... if prices fall" has
     * "would"; "may expand ... if demand holds" has "may").
     */
    private static boolean condition(List<Tokens.Tok> toks, List<PhraseIndex.Match<Boolean>> hedges) {
        int first = toks.size();
        for (PhraseIndex.Match<Boolean> m : hedges) {
            String w = toks.get(m.from()).w();
            if (m.to() - m.from() != 1 || !w.equals("if") && !w.equals("unless")) {
                return false;
            }
            first = Math.min(first, m.from());
        }
        for (int i = 0; i < first; i++) {
            String w = toks.get(i).w();
            if (BINDING.contains(w) || w.equals("will") && i + 1 < first && PURCHASE.contains(toks.get(i + 1).w())) {
                return true;
            }
        }
        return false;
    }

    private static String phrase(List<Tokens.Tok> toks, PhraseIndex.Match<Boolean> m) {
        StringBuilder b = new StringBuilder();
        for (int i = m.from(); i < m.to(); i++) {
            b.append(i > m.from() ? " " : "").append(toks.get(i).w());
        }
        return b.toString();
    }

    /** A modal hedge, where "May" written with a capital inside the text is the month. */
    boolean modal(String text, List<Tokens.Tok> toks) {
        if (text == null || toks.isEmpty()) {
            return false;
        }
        List<PhraseIndex.Match<Boolean>> hedges = lex.modalHedges.find(toks);
        if (!hedges.isEmpty() && condition(toks, hedges)) {
            return false;
        }
        for (PhraseIndex.Match<Boolean> m : hedges) {
            Tokens.Tok t = toks.get(m.from());
            boolean month = t.w().equals("may") && m.to() - m.from() == 1 && t.start() > 0
                    && Character.isUpperCase(text.charAt(t.start()));
            // "extension options would take the contract to $7 billion", "if it buys the optional services":
            // the contract's own option, not a hedge on it
            // "Meta may cancel the order if ...": a right the contract gives, not a hedge
            boolean right = (t.w().equals("may") || t.w().equals("if")) && m.to() - m.from() == 1 && grantsRight(toks);
            // "extension options could lift it to $16 billion": any modal on the contract's own option
            boolean option = m.to() - m.from() == 1 && OPTION_MODALS.contains(t.w())
                    && toks.stream().anyMatch(x -> OPTION_WORDS.contains(x.w()))
                    // "Total potential contract value": what the contract reaches with its options
                    || t.w().equals("potential") && m.to() < toks.size() && VALUE_WORDS.contains(toks.get(m.to()).w());
            // "The first 200 MW is expected to go live in 2026": the deal's delivery schedule, stated as expected
            boolean schedule = SCHEDULE_MODALS.contains(t.w()) && TermCues.schedule(toks);
            // "50MW scalable to 90MW": the growth option hedges the second figure, not the first
            boolean growth = GROWTH_HEDGES.contains(phrase(toks, m))
                    && Quantities.gigawatts(text.substring(0, Math.min(text.length(), t.start()))) != null;
            if (!month && !option && !right && !schedule && !growth) {
                return true;
            }
        }
        return false;
    }
}
