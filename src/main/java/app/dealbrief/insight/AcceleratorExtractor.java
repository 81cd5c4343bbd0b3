package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorRole;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accelerator lines named in one clause and the role the clause gives each. A vendor's bare name
 * ("Nvidia") counts only with chip context or a role cue, so "Nvidia invested in OpenAI" is not a chip
 * statement; companies that are not chip vendors by name (Microsoft, Google ...) count only through a
 * family alias (MAIA, TPU, "OpenAI's ASIC").
 */
final class AcceleratorExtractor {
    /** @param owner a company the wording says owns these chips ("CoreWeave's NVIDIA GPUs"), else null */
    record Found(String vendor, String family, AcceleratorRole role, String evidence, String owner) {
    }

    private static final int CUE_BEFORE = 3;

    private final Lexicon lex;
    private final Tokens.Memo tokens;

    private Parties parties;

    AcceleratorExtractor withParties(Parties p) {
        this.parties = p;
        return this;
    }

    AcceleratorExtractor(Lexicon lex, Tokens.Memo tokens) {
        this.lex = lex;
        this.tokens = tokens;
    }

    List<Found> extract(Segmenter.Clause clause) {
        String text = clause.text();
        List<Tokens.Tok> toks = tokens.of(text);
        List<PhraseIndex.Match<Lexicon.Accel>> ms = lex.accelerators.find(toks);
        if (ms.isEmpty()) {
            return List.of();
        }
        List<PhraseIndex.Match<AcceleratorRole>> cues = roleCues(text, toks);
        List<PhraseIndex.Match<Boolean>> contexts = lex.acceleratorContext.find(toks);
        boolean leadContext = clause.lead() != null && lex.acceleratorContext.any(tokens.of(clause.lead()));
        // "legacy fleet: 1,896 H100 & H200 GPUs": the label's role word covers a list item that has none
        List<PhraseIndex.Match<AcceleratorRole>> leadCues = clause.lead() == null ? List.of()
                : roleCues(clause.lead(), tokens.of(clause.lead()));
        AcceleratorRole leadRole = leadCues.isEmpty() ? null : leadCues.get(leadCues.size() - 1).value();
        List<PhraseIndex.Match<Boolean>> nonChips = lex.acceleratorNonChips.find(toks);
        boolean deployment = lex.commitmentWords.any(toks) || lex.dealWords.any(toks);
        List<PhraseIndex.Match<Boolean>> notUsed = lex.acceleratorNegations.find(toks);
        List<PhraseIndex.Match<Lexicon.Accel>> kept = new ArrayList<>();
        for (PhraseIndex.Match<Lexicon.Accel> m : ms) {
            Lexicon.Accel a = m.value();
            if (notUsed(m, notUsed) || none(text, toks, m)) {
                continue; // "rather than Amazon's own Trainium", "no plans to deploy TPUs", a denied report
            }
            if (nonChip(m, nonChips)) {
                continue; // "NVIDIA BlueField DPUs", "DGX Cloud", "enablement with Nvidia teams"
            }
            boolean near = leadContext || nearContext(m, contexts) || nearCue(m, cues);
            // "the fleet is overwhelmingly NVIDIA, and it is ramping GB300": the bare name has its own role word
            if (a.bare() && (hasSpecific(ms, a.vendor()) && (prefix(ms, m) || !ownCue(toks, m, cues)) || !near)) {
                continue;
            }
            kept.add(m);
        }
        AcceleratorRole[] roles = new AcceleratorRole[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            PhraseIndex.Match<Lexicon.Accel> m = kept.get(k);
            int prevEnd = k == 0 ? 0 : kept.get(k - 1).to();
            int nextStart = k + 1 < kept.size() ? kept.get(k + 1).from() : toks.size();
            roles[k] = role(text, toks, cues, m, prevEnd, nextStart, kept.size() == 1, deployment || counted(toks, m));
            if (roles[k] == AcceleratorRole.MENTIONED && leadRole != null || leadRole != null && cues.isEmpty()) {
                roles[k] = leadRole;
            }
        }
        shareAcrossConjunctions(text, toks, kept, roles);
        if (lex.reportedHedges.any(toks)) {
            // "A blog claimed the deal gives Meta access to TPUs": a report, so the use is only possible
            for (int k = 0; k < roles.length; k++) {
                if (roles[k] == AcceleratorRole.PRIMARY || roles[k] == AcceleratorRole.RAMPING
                        || roles[k] == AcceleratorRole.SECONDARY) {
                    roles[k] = AcceleratorRole.POSSIBLE;
                }
            }
        }
        Map<String, Found> out = new LinkedHashMap<>();
        for (int k = 0; k < kept.size(); k++) {
            PhraseIndex.Match<Lexicon.Accel> m = kept.get(k);
            String key = m.value().vendor() + "|" + m.value().family();
            Found old = out.get(key);
            // "Maia 200 has reportedly slipped, so MAIA is lagging": the specific word beats the hedge
            if (old == null || old.role() == AcceleratorRole.MENTIONED
                    || old.role() == AcceleratorRole.POSSIBLE && roles[k] != AcceleratorRole.MENTIONED) {
                out.put(key, new Found(m.value().vendor(), m.value().family(), roles[k], text, owner(text, toks, m)));
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The company whose chips these are, when the wording says: a possessive right before the mention
     * ("CoreWeave's NVIDIA GPUs") or "brings its own" after a company ("Fluidstack brings its own GPUs").
     */
    private String owner(String text, List<Tokens.Tok> toks, PhraseIndex.Match<Lexicon.Accel> m) {
        if (parties == null) {
            return null;
        }
        List<PhraseIndex.Match<String>> companies = parties.matches(toks);
        for (PhraseIndex.Match<String> c : companies) {
            if (c.to() == m.from() && c.from() < m.from() && possessive(text, toks, c.to() - 1, m.from())) {
                return c.value();
            }
        }
        int i = m.from();
        boolean own = i >= 2 && toks.get(i - 1).w().equals("own")
                && (toks.get(i - 2).w().equals("its") || toks.get(i - 2).w().equals("their"));
        if (own) {
            for (PhraseIndex.Match<String> c : companies) {
                if (c.to() <= i - 2) {
                    return c.value();
                }
            }
        }
        return null;
    }

    /** "CoreWeave's GPUs" (an apostrophe between), not "a contract with CoreWeave, B300 racks". */
    private static boolean possessive(String text, List<Tokens.Tok> toks, int company, int mention) {
        String gap = text.substring(toks.get(company).end(), toks.get(mention).start());
        return gap.indexOf('\'') >= 0 || gap.indexOf('\u2019') >= 0;
    }

    /** "200k GB300", "more than 4,000 Blackwell GPUs": a count of chips is a deployment. */
    private static boolean counted(List<Tokens.Tok> toks, PhraseIndex.Match<Lexicon.Accel> m) {
        for (int i = Math.max(0, m.from() - 3); i < m.from(); i++) {
            String w = toks.get(i).w();
            if (w.matches("\\d{3,}|\\d+k|\\d+m")) {
                return true;
            }
            if (w.matches("\\d{1,3}") && i + 1 < m.from() && toks.get(i + 1).w().matches("\\d{3}|000")) {
                return true; // "4,000" tokenises as 4 and 000
            }
        }
        return false;
    }

    /** "GB200 and GB300 systems", "H100/H200": chips joined with nothing between share the role one of them has. */
    private static void shareAcrossConjunctions(String text, List<Tokens.Tok> toks, List<PhraseIndex.Match<Lexicon.Accel>> kept,
                                                AcceleratorRole[] roles) {
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k + 1 < kept.size(); k++) {
                String gap = text.substring(toks.get(kept.get(k).to() - 1).end(), toks.get(kept.get(k + 1).from()).start())
                        .strip().toLowerCase(java.util.Locale.ROOT);
                boolean joined = gap.equals("and") || gap.equals("/") || gap.equals(",") || gap.equals("&")
                        || gap.equals("or") || gap.equals("+") || gap.equals(", and") || gap.equals("and nvidia");
                if (!joined) {
                    continue;
                }
                if (roles[k] == AcceleratorRole.MENTIONED && roles[k + 1] != AcceleratorRole.MENTIONED) {
                    roles[k] = roles[k + 1];
                } else if (roles[k + 1] == AcceleratorRole.MENTIONED && roles[k] != AcceleratorRole.MENTIONED) {
                    roles[k + 1] = roles[k];
                }
            }
        }
    }

    private static final int NEAR = 5;

    /** "no AMD in the program", "zero TPUs": a determiner that says the chip is not used. */
    private static final java.util.Set<String> NONE = java.util.Set.of("no", "zero");

    /** "no AMD in the program", not "No. Trainium2 is still primary" (an answer, then the statement). */
    private static boolean none(String text, List<Tokens.Tok> toks, PhraseIndex.Match<Lexicon.Accel> m) {
        if (m.from() == 0 || !NONE.contains(toks.get(m.from() - 1).w())) {
            return false;
        }
        return text.substring(toks.get(m.from() - 1).end(), toks.get(m.from()).start()).isBlank();
    }

    /**
     * A role word right next to the mention, in the same stretch ("overwhelmingly NVIDIA", "NVIDIA remains
     * primary"), not one that belongs to another line named after it.
     */
    private static boolean ownCue(List<Tokens.Tok> toks, PhraseIndex.Match<Lexicon.Accel> m,
                                  List<PhraseIndex.Match<AcceleratorRole>> cues) {
        for (PhraseIndex.Match<AcceleratorRole> c : cues) {
            boolean before = c.to() == m.from();
            boolean after = c.from() == m.to() && m.to() < toks.size();
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /** "rather than", "instead of", "no plans to deploy", "denied" shortly before the mention, or "denied" after. */
    private static boolean notUsed(PhraseIndex.Match<Lexicon.Accel> m, List<PhraseIndex.Match<Boolean>> negations) {
        for (PhraseIndex.Match<Boolean> n : negations) {
            if (n.to() <= m.from() && n.to() >= m.from() - NEAR || n.from() >= m.to() && n.from() <= m.to() + NEAR + 2) {
                return true;
            }
        }
        return false;
    }

    /** A non-chip product or phrase that holds the mention or starts right after it. */
    private static boolean nonChip(PhraseIndex.Match<Lexicon.Accel> m, List<PhraseIndex.Match<Boolean>> nonChips) {
        for (PhraseIndex.Match<Boolean> n : nonChips) {
            boolean holds = n.from() <= m.from() && n.to() >= m.to();
            boolean follows = n.from() >= m.from() && n.from() <= m.to();
            if (holds || follows) {
                return true;
            }
        }
        return false;
    }

    /** Chip words ("GPUs", "training", "racks") within a few words of a bare vendor name. */
    private static boolean nearContext(PhraseIndex.Match<Lexicon.Accel> m, List<PhraseIndex.Match<Boolean>> contexts) {
        for (PhraseIndex.Match<Boolean> c : contexts) {
            if (c.to() >= m.from() - NEAR && c.from() <= m.to() + NEAR) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearCue(PhraseIndex.Match<Lexicon.Accel> m, List<PhraseIndex.Match<AcceleratorRole>> cues) {
        for (PhraseIndex.Match<AcceleratorRole> c : cues) {
            if (c.to() >= m.from() - NEAR && c.from() <= m.to() + NEAR) {
                return true;
            }
        }
        return false;
    }

    /** "NVIDIA GB200": the bare name is the first word of the line named right after it. */
    private static boolean prefix(List<PhraseIndex.Match<Lexicon.Accel>> ms, PhraseIndex.Match<Lexicon.Accel> m) {
        return ms.stream().anyMatch(o -> o.from() == m.to() && o.value().vendor().equals(m.value().vendor()));
    }

    private static boolean hasSpecific(List<PhraseIndex.Match<Lexicon.Accel>> ms, String vendor) {
        return ms.stream().anyMatch(m -> !m.value().bare() && m.value().vendor().equals(vendor));
    }

    /** Role cues, skipping the month "May" (capitalised inside a clause). */
    private List<PhraseIndex.Match<AcceleratorRole>> roleCues(String text, List<Tokens.Tok> toks) {
        List<PhraseIndex.Match<AcceleratorRole>> out = new ArrayList<>();
        for (PhraseIndex.Match<AcceleratorRole> m : lex.roles.find(toks)) {
            Tokens.Tok t = toks.get(m.from());
            boolean month = t.w().equals("may") && m.to() - m.from() == 1 && m.from() > 0
                    && Character.isUpperCase(text.charAt(t.start()));
            if (!month) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The cue just before the mention ("testing TPUs"), else the first after it up to the next mention
     * ("MAIA lags"), else one earlier in its stretch; a lone mention takes any cue in the clause.
     */
    /**
     * The role the wording gives this mention: a cue right before it ("testing TPUs"), else the first cue
     * after it up to the next mention ("MAIA lags"), else a cue shortly before it in the same clause (no comma
     * between); a lone mention takes any cue in the clause. With no cue, a chip named in a deal or deployment
     * ("under the deal", "will deploy") is ramping, else mentioned.
     */
    private static AcceleratorRole role(String text, List<Tokens.Tok> toks, List<PhraseIndex.Match<AcceleratorRole>> cues,
                                        PhraseIndex.Match<Lexicon.Accel> m, int prevEnd, int nextStart,
                                        boolean alone, boolean deployment) {
        // Cues are in text order: jump to the stretch [prevEnd, nextStart) so many mentions stay linear-ish.
        int i = firstAtOrAfter(cues, prevEnd);
        AcceleratorRole adjacent = null;
        AcceleratorRole before = null;
        AcceleratorRole after = null;
        for (; i < cues.size() && cues.get(i).from() < nextStart; i++) {
            PhraseIndex.Match<AcceleratorRole> c = cues.get(i);
            if (c.to() <= m.from()) {
                boolean sameClause = !boundary(text, toks.get(c.to() - 1).end(), toks.get(m.from()).start());
                if (c.to() == m.from() && sameClause) {
                    adjacent = c.value();
                } else if (sameClause && c.to() >= m.from() - CUE_BEFORE) {
                    before = c.value();
                }
            } else if (c.from() >= m.to() && after == null) {
                after = c.value();
            }
        }
        if (adjacent != null) {
            return adjacent;
        }
        if (after != null) {
            return after;
        }
        if (before != null) {
            return before;
        }
        if (alone && !cues.isEmpty()) {
            return cues.get(0).value();
        }
        if (deployment) {
            return AcceleratorRole.RAMPING;
        }
        return usage(toks);
    }

    /** Verbs of present use: "uses TPUs for inference", "relies on Cerebras", "powered by Groq LPUs". */
    private static final java.util.Set<String> USAGE = java.util.Set.of("uses", "using", "relies", "rely", "relying",
            "powered", "served", "serving", "serves");

    /**
     * A chip the clause says is in use today is the fleet ("Acme uses TPUs for inference": primary), or a
     * smaller part of it when "also" comes before the verb ("They also rely on Cerebras": secondary); else
     * it is only named.
     */
    private static AcceleratorRole usage(List<Tokens.Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (USAGE.contains(toks.get(i).w())) {
                boolean also = i > 0 && toks.get(i - 1).w().equals("also") || i > 1 && toks.get(i - 2).w().equals("also");
                return also ? AcceleratorRole.SECONDARY : AcceleratorRole.PRIMARY;
            }
        }
        return AcceleratorRole.MENTIONED;
    }

    private static boolean boundary(String text, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(text.length(), to); k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }

    private static int firstAtOrAfter(List<PhraseIndex.Match<AcceleratorRole>> cues, int pos) {
        int lo = 0;
        int hi = cues.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cues.get(mid).from() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
