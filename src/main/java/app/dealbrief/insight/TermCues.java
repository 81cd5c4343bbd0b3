package app.dealbrief.insight;

import app.dealbrief.domain.TermCategory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a clause's words say about a term: its category and where the cue stands, negation, chip counts,
 * stake sizes, spans of years, and where "and" joins two terms.
 */
final class TermCues {
    private final Lexicon lex;
    private final Tokens.Memo tokens;

    TermCues(Lexicon lex, Tokens.Memo tokens) {
        this.lex = lex;
        this.tokens = tokens;
    }

    /** Strong categories win over the rest, in this order. */
    private static final List<TermCategory> STRONG_ORDER = List.of(TermCategory.RIGHT_OF_FIRST_REFUSAL,
            TermCategory.MOST_FAVORED_NATION, TermCategory.REVENUE_SHARE, TermCategory.EXCLUSIVITY,
            TermCategory.IP_RIGHTS);

    private static final Set<String> JOINERS = Set.of("and", "plus", "while", "whereas");

    private static final int NEGATION_WINDOW = 3;

    record Cue(TermCategory category, int at) {
    }

    Cue category(List<Tokens.Tok> toks, boolean hasPower) {
        int share = shareOfRevenue(toks);
        if (share >= 0) {
            return new Cue(TermCategory.REVENUE_SHARE, share); // "a 20% share of OpenAI's revenue"
        }
        List<PhraseIndex.Match<TermCategory>> ms = new ArrayList<>(lex.terms.find(toks));
        // "an investment-grade tenant" rates the tenant's credit
        ms.removeIf(m -> m.value() == TermCategory.INVESTMENT && m.to() < toks.size()
                && toks.get(m.to()).w().equals("grade"));
        for (TermCategory strong : STRONG_ORDER) {
            for (PhraseIndex.Match<TermCategory> m : ms) {
                if (m.value() == strong) {
                    return new Cue(strong, m.from());
                }
            }
        }
        Cue first = null;
        for (PhraseIndex.Match<TermCategory> m : ms) {
            if (m.value() != TermCategory.DURATION && (first == null || m.from() < first.at())) {
                first = new Cue(m.value(), m.from());
            }
        }
        if (first == null && hasPower) {
            first = new Cue(TermCategory.CAPACITY, powerToken(toks));
        }
        if (first != null) {
            return first;
        }
        for (PhraseIndex.Match<TermCategory> m : ms) {
            if (m.value() == TermCategory.DURATION) {
                return new Cue(TermCategory.DURATION, m.from());
            }
        }
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (lex.durationPrepositions.contains(toks.get(i).w()) && Tokens.isYear(toks.get(i + 1).w())) {
                return new Cue(TermCategory.DURATION, i); // "through 2030"
            }
        }
        return null;
    }

    /** "share of ... revenue" with up to three words between (a company's name): where "share" is, or -1. */
    private static int shareOfRevenue(List<Tokens.Tok> toks) {
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (toks.get(i).w().equals("share") && toks.get(i + 1).w().equals("of")) {
                for (int j = i + 2; j < toks.size() && j <= i + 5; j++) {
                    String w = toks.get(j).w();
                    if (w.equals("revenue") || w.equals("revenues") || w.equals("profits")) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    boolean hasDuration(List<Tokens.Tok> toks) {
        for (PhraseIndex.Match<TermCategory> m : lex.terms.find(toks)) {
            if (m.value() == TermCategory.DURATION) {
                return true;
            }
        }
        return false;
    }

    private static int powerToken(List<Tokens.Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).w();
            if (w.endsWith("gw") || w.endsWith("mw") || w.startsWith("gigawatt") || w.startsWith("megawatt")) {
                return i;
            }
        }
        return 0;
    }

    /** A negation ending at most three words before the cue: "no ROFR", "without exclusivity", "non-exclusive". */
    boolean negated(List<Tokens.Tok> toks, int cueAt) {
        for (PhraseIndex.Match<Boolean> m : lex.negations.find(toks.subList(0, cueAt))) {
            if (m.to() >= cueAt - NEGATION_WINDOW) {
                return true;
            }
        }
        // "Azure's exclusivity ended", "the ROFR was removed": the clause ends after the cue
        int end = Math.min(toks.size(), cueAt + NEGATION_WINDOW + 2);
        for (int i = cueAt + 1; i < end; i++) {
            if (ENDED.contains(toks.get(i).w())) {
                return true;
            }
        }
        return false;
    }

    /** Past tense only: "access ends by 2030" is a term with its year, "exclusivity ended" is gone. */
    private static final Set<String> ENDED = Set.of("ended", "expired", "lapsed", "removed", "dropped", "scrapped",
            "eliminated", "waived", "terminated");

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "multi");

    private static final Set<String> YEAR_WORDS = Set.of("year", "years", "yr", "yrs");

    /** "seven years", "a 5-yr term": the clause names how long it runs. */
    static boolean yearsSpan(List<Tokens.Tok> toks) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            String w = toks.get(i).w();
            String next = toks.get(i + 1).w();
            if ((Tokens.isNumber(w) && w.length() <= 2 || NUMBER_WORDS.contains(w)) && YEAR_WORDS.contains(next)) {
                return true;
            }
        }
        return false;
    }

    /** Words of a delivery schedule: when contracted capacity is deployed, delivered, goes live or starts. */
    private static final Set<String> SCHEDULE = Set.of("deployed", "delivered", "deliveries", "delivery", "operational",
            "operations", "online", "live", "start", "starts", "begin", "begins", "finish", "finishes", "completion",
            "ready", "energized", "energised", "handover", "handed");

    /** "Deliveries start in 2H 2026", "should be operational by mid-2027": a schedule with a year. */
    static boolean schedule(List<Tokens.Tok> toks) {
        if (Quantities.year(toks) == null) {
            return false;
        }
        for (Tokens.Tok t : toks) {
            if (SCHEDULE.contains(t.w())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A schedule said of the capacity ("delivered from early 2027", "deliveries continue through 2026"), not an
     * attribute of an order ("an $11 billion order for delivery in late 2026", which is the order's date).
     */
    static boolean capacitySchedule(List<Tokens.Tok> toks) {
        if (Quantities.year(toks) == null) {
            return false;
        }
        for (int i = 0; i < toks.size(); i++) {
            if (SCHEDULE.contains(toks.get(i).w()) && (i == 0 || !toks.get(i - 1).w().equals("for"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MULTIPLIERS = Set.of("million", "millions", "thousand", "thousands", "hundreds");

    /** "200k GB300", "one million TPUs", "40,000 GPUs": a number of chips. */
    boolean chipCount(List<Tokens.Tok> toks) {
        for (PhraseIndex.Match<Lexicon.Accel> m : lex.accelerators.find(toks)) {
            if (countBefore(toks, m.from())) {
                return true;
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).w();
            if ((w.equals("gpus") || w.equals("tpus") || w.equals("chips") || w.equals("accelerators"))
                    && countBefore(toks, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean countBefore(List<Tokens.Tok> toks, int at) {
        for (int i = Math.max(0, at - 3); i < at; i++) {
            String w = toks.get(i).w();
            if (w.matches("\\d{3,}|\\d+k|\\d+m") || MULTIPLIERS.contains(w)
                    || w.matches("\\d{1,3}") && i + 1 < at && toks.get(i + 1).w().matches("\\d{3}")) {
                return true;
            }
        }
        return false;
    }

    /** A percentage or a number of shares: the size of a stake without a price. */
    static boolean stakeSize(String text, List<Tokens.Tok> toks) {
        if (text.indexOf('%') >= 0 || text.toLowerCase(java.util.Locale.ROOT).contains("percent")) {
            return true;
        }
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).w().equals("shares")) {
                for (int j = Math.max(0, i - 3); j < i; j++) {
                    String w = toks.get(j).w();
                    if (MULTIPLIERS.contains(w) || Tokens.isNumber(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> INFRASTRUCTURE = Set.of("data", "datacenter", "datacenters", "centers", "centres",
            "infrastructure", "capacity", "compute", "sites", "campus", "campuses", "facilities", "clusters");

    /** "invest ... in/into data centers": money spent on infrastructure, not a stake in a company. */
    static boolean buildsInfrastructure(List<Tokens.Tok> toks, int cueAt) {
        for (int i = cueAt + 1; i < toks.size() - 1 && i <= cueAt + 6; i++) {
            String w = toks.get(i).w();
            if (w.equals("in") || w.equals("into")) {
                for (int j = i + 1; j < toks.size() && j <= i + 3; j++) {
                    if (INFRASTRUCTURE.contains(toks.get(j).w())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Splits at "and"/"plus"/"while" only where both sides carry a term cue or figure. Signals are
     * marked per token once, so this stays linear however many "and"s a line has.
     */
    List<String> splitAnd(String text) {
        List<Tokens.Tok> toks = tokens.of(text);
        int n = toks.size();
        int[] before = new int[n + 1]; // signals among tokens [0, i)
        boolean[] signal = new boolean[n];
        for (PhraseIndex.Match<TermCategory> m : lex.terms.find(toks)) {
            if (m.value() != TermCategory.DURATION) {
                signal[m.from()] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            Tokens.Tok t = toks.get(i);
            boolean money = t.start() > 0 && text.charAt(t.start() - 1) == '$' && Tokens.isNumber(t.w());
            boolean power = isPower(t.w());
            before[i + 1] = before[i] + (signal[i] || money || power ? 1 : 0);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int startTok = 0;
        for (int i = 1; i < n - 1; i++) {
            if (!JOINERS.contains(toks.get(i).w())) {
                continue;
            }
            boolean left = before[i] - before[startTok] > 0;
            boolean right = before[n] - before[i + 1] > 0;
            if (i - startTok >= 3 && n - i - 1 >= 3 && left && right) {
                out.add(Segmenter.trimClause(text.substring(start, toks.get(i).start())));
                start = toks.get(i).end();
                startTok = i + 1;
            }
        }
        out.add(Segmenter.trimClause(text.substring(start)));
        out.removeIf(String::isEmpty);
        return out;
    }

    private static boolean isPower(String w) {
        if (w.startsWith("gigawatt") || w.startsWith("megawatt") || w.equals("gw") || w.equals("mw")) {
            return true;
        }
        return (w.endsWith("gw") || w.endsWith("mw")) && w.length() > 2 && Character.isDigit(w.charAt(0));
    }

    private static final Set<String> PRODUCT_NOUNS = Set.of("gpu", "gpus", "chip", "chips", "systems", "racks",
            "accelerators", "servers", "superchips", "hardware");

    /**
     * The companies the clause names, less a chip maker named only as the brand of a product ("served on
     * NVIDIA GB300s", "200,000 NVIDIA GPUs") when someone else is named: the brand is no party to the deal.
     */
    List<String> counterparties(Parties parties, List<Tokens.Tok> toks) {
        List<PhraseIndex.Match<String>> ms = parties.matches(toks);
        if (ms.size() < 2) {
            return parties.mentioned(toks);
        }
        List<PhraseIndex.Match<Lexicon.Accel>> chips = lex.accelerators.find(toks);
        Set<String> brands = new java.util.HashSet<>();
        Set<String> rest = new LinkedHashSet<>();
        for (PhraseIndex.Match<String> m : ms) {
            boolean brand = m.to() < toks.size() && PRODUCT_NOUNS.contains(toks.get(m.to()).w());
            for (PhraseIndex.Match<Lexicon.Accel> c : chips) {
                // "AMD MI450", "AMD Instinct": a product named after its maker (a bare "AMD" is the company)
                boolean product = !c.value().bare() || c.to() - c.from() > m.to() - m.from();
                brand |= product && c.from() <= m.to() && c.to() > m.from()
                        && c.value().vendor().equalsIgnoreCase(m.value());
            }
            (brand ? brands : rest).add(m.value());
        }
        return rest.isEmpty() ? parties.mentioned(toks) : new ArrayList<>(rest);
    }

    /** The companies named other than as the maker of a chip the clause names: "250,000 NVIDIA GPUs" names no counterparty. */
    List<String> withoutChipVendors(List<String> named, List<Tokens.Tok> toks) {
        if (named.isEmpty()) {
            return named;
        }
        Set<String> makers = new java.util.HashSet<>();
        for (PhraseIndex.Match<Lexicon.Accel> m : lex.accelerators.find(toks)) {
            makers.add(m.value().vendor().toLowerCase(java.util.Locale.ROOT));
        }
        List<String> out = new ArrayList<>(named);
        out.removeIf(p -> makers.contains(p.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
