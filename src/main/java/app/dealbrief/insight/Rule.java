package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.PartnershipTerm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One playbook rule: conditions over extracted facts, and the pitch it suggests when they all hold. */
record Rule(String id, String headline, String why, List<Condition> when, boolean enabled) {

    /** A filter over facts of one kind and how many must match. Null filters match anything. */
    record Condition(String fact, Set<String> category, Boolean negated, Set<String> role, Set<String> vendor,
                     Set<String> family, List<String> mentionsAny, Boolean hasAmount, Boolean hasGigawatts,
                     Boolean hasYear, int min, String distinct) {

        boolean isTerm() {
            return fact.equals("term");
        }

        boolean matches(PartnershipTerm t) {
            return in(category, t.category().label()) && is(negated, t.negated())
                    && is(hasAmount, t.amountUsd() != null) && is(hasGigawatts, t.gigawatts() != null)
                    && is(hasYear, t.year() != null)
                    && mentions(String.join(" ", t.parties()) + " " + t.text());
        }

        boolean matches(AcceleratorUse a) {
            return in(role, a.role().label()) && in(vendor, a.vendor()) && in(family, a.family())
                    && mentions(a.vendor() + " " + a.evidence());
        }

        private static boolean in(Set<String> allowed, String value) {
            return allowed == null || allowed.contains(value.toLowerCase(Locale.ROOT));
        }

        private static boolean is(Boolean wanted, boolean actual) {
            return wanted == null || wanted == actual;
        }

        private boolean mentions(String text) {
            if (mentionsAny == null) {
                return true;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            return mentionsAny.stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)));
        }
    }

    /** The facts that fire this rule, or null when it does not fire. */
    List<Object> fire(List<PartnershipTerm> terms, List<AcceleratorUse> accelerators) {
        if (!enabled || when.isEmpty()) {
            return null;
        }
        List<Object> fired = new ArrayList<>();
        for (Condition c : when) {
            List<Object> hits = new ArrayList<>();
            if (c.isTerm()) {
                terms.stream().filter(c::matches).forEach(hits::add);
            } else {
                accelerators.stream().filter(c::matches).forEach(hits::add);
            }
            if (count(c, hits) < c.min()) {
                return null;
            }
            fired.addAll(hits);
        }
        return fired;
    }

    private static int count(Condition c, List<Object> hits) {
        if (c.distinct() == null) {
            return hits.size();
        }
        Set<String> values = new LinkedHashSet<>();
        for (Object o : hits) {
            values.addAll(values(o, c.distinct()));
        }
        return values.size();
    }

    static List<String> values(Object fact, String what) {
        if (fact instanceof AcceleratorUse a) {
            return switch (what) {
                case "vendor" -> List.of(a.vendor());
                case "family" -> List.of(a.vendor() + " " + a.family());
                default -> List.of();
            };
        }
        PartnershipTerm t = (PartnershipTerm) fact;
        return what.equals("party") ? t.parties() : List.of();
    }

    /** "NVIDIA GPU (primary)" or "spend-commitment: OpenAI to purchase ... (2025-11-12)". */
    static String describe(Object fact) {
        if (fact instanceof AcceleratorUse a) {
            return a.vendor() + " " + a.family() + " (" + a.role().label() + ")";
        }
        PartnershipTerm t = (PartnershipTerm) fact;
        return t.category().label() + (t.negated() ? " (negated)" : "") + ": " + t.text()
                + (t.noteDate() == null ? "" : " (" + t.noteDate() + ")");
    }
}
