package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.Section;
import app.dealbrief.domain.TermCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts merged into rows: a term as one of the account's, the key that makes the same fact from several
 * notes one row, the ranking of rows, and the row types that count the distinct notes supporting them.
 */
final class FactRows {
    private FactRows() {
    }

    /** Categories an agreement has at most one of per party set, so two wordings in a note are one term. */
    static final Set<TermCategory> SINGULAR = java.util.EnumSet.of(TermCategory.EXCLUSIVITY,
            TermCategory.RIGHT_OF_FIRST_REFUSAL, TermCategory.MOST_FAVORED_NATION);

    /**
     * The term as one of the account's: the account is a party (added when the clause names at most one
     * other company, as in "signed a $38B deal with AWS"); null when it names two or more other companies
     * and not the account.
     */
    static TermExtractor.Found ofAccount(String account, TermExtractor.Found f) {
        List<String> ps = f.parties();
        for (String p : ps) {
            if (p.equalsIgnoreCase(account)) {
                return f;
            }
        }
        if (ps.size() >= 2) {
            return null;
        }
        List<String> with = new ArrayList<>();
        with.add(account);
        with.addAll(ps);
        return new TermExtractor.Found(f.agreement(), with, f.category(), f.text(), f.amountUsd(), f.gigawatts(),
                f.year(), f.negated(), f.sentence());
    }

    /**
     * One row per fact across notes: the same parties, category, figures and negation are one fact however
     * it is worded; a term without figures is one fact per wording (exclusivity, ROFR and MFN once per party set).
     */
    static String mergeKey(TermExtractor.Found f, String textKey) {
        boolean figures = f.amountUsd() != null || f.gigawatts() != null || f.year() != null;
        if (!figures && !SINGULAR.contains(f.category())) {
            return "text|" + textKey;
        }
        Set<String> ps = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ps.addAll(f.parties());
        return f.category() + "|" + f.negated() + "|" + f.amountUsd() + "|" + f.gigawatts() + "|" + f.year() + "|" + ps;
    }

    /** Commitments before options, then newer first, then larger first; the note's order otherwise. */
    static List<PartnershipTerm> ranked(List<PartnershipTerm> terms) {
        List<PartnershipTerm> out = new ArrayList<>(terms);
        out.sort(Comparator.comparing((PartnershipTerm t) -> option(t.text()))
                .thenComparing(PartnershipTerm::noteDate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(t -> t.amountUsd() == null ? 0L : -t.amountUsd()));
        return out;
    }

    static boolean option(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.contains("option") || t.contains("up to ");
    }

    /**
     * A note often states one term twice (summary and bullets, in other words). Within one note, the same
     * category, figure, negation and parties is one term (figureless terms only for exclusivity, ROFR and
     * MFN); the fuller wording is kept.
     */
    static List<TermExtractor.Found> mergeWithinNote(List<TermExtractor.Found> found) {
        Map<String, TermExtractor.Found> byKey = new LinkedHashMap<>();
        for (TermExtractor.Found f : found) {
            boolean restated = f.amountUsd() != null || f.gigawatts() != null || f.year() != null
                    || SINGULAR.contains(f.category());
            String key = !restated ? "text|" + Segmenter.normalise(f.text())
                    : f.category() + "|" + f.negated() + "|" + f.amountUsd() + "|" + f.gigawatts() + "|" + f.year()
                    + "|" + new TreeSet<>(f.parties());
            byKey.merge(key, f, FactRows::fuller);
        }
        return new ArrayList<>(byKey.values());
    }

    static TermExtractor.Found fuller(TermExtractor.Found a, TermExtractor.Found b) {
        TermExtractor.Found text = b.text().length() > a.text().length() ? b : a;
        String agreement = longer(a.agreement(), b.agreement());
        return new TermExtractor.Found(agreement, text.parties(), text.category(), text.text(), text.amountUsd(),
                text.gigawatts(), text.year(), text.negated(), text.sentence());
    }

    static String longer(String a, String b) {
        if (a == null) {
            return b;
        }
        return b != null && b.length() > a.length() ? b : a;
    }

    /**
     * Within one note the most telling statement about a line wins: "NVIDIA still runs nearly all training"
     * (primary) says more about the account than "signed to deploy NVIDIA systems" (ramping), and any role
     * beats a bare mention; on a tie the first statement stays.
     */
    static int weight(AcceleratorRole r) {
        return switch (r) {
            case PRIMARY -> 6;
            case LAGGING -> 5;
            case RAMPING -> 4;
            case SECONDARY -> 3;
            case EVALUATING -> 2;
            case POSSIBLE -> 1;
            default -> 0;
        };
    }

    /** One statement per line within a note: the one with the most telling role ({@link #weight}). */
    static List<AcceleratorExtractor.Found> newestPerLine(List<AcceleratorExtractor.Found> found) {
        Map<String, AcceleratorExtractor.Found> perNote = new LinkedHashMap<>();
        for (AcceleratorExtractor.Found f : found) {
            String key = lineKey(f);
            AcceleratorExtractor.Found old = perNote.get(key);
            if (old == null || weight(f.role()) > weight(old.role())) {
                perNote.put(key, f);
            }
        }
        return new ArrayList<>(perNote.values());
    }

    static String lineKey(AcceleratorExtractor.Found f) {
        return f.vendor() + "|" + f.family();
    }

    /** The distinct notes supporting a row; most rows have one, so the set is made only for a second. */
    static final class Support {
        private final String first;
        private Set<String> more;

        Support(String first) {
            this.first = first;
        }

        void add(String noteKey) {
            if (!first.equals(noteKey)) {
                if (more == null) {
                    more = new HashSet<>();
                }
                more.add(noteKey);
            }
        }

        int size() {
            return 1 + (more == null ? 0 : more.size());
        }
    }

    static final class TermRow {
        final TermExtractor.Found found;
        final Note note;
        final Support notes;

        TermRow(TermExtractor.Found found, Note note, String noteKey) {
            this.found = found;
            this.note = note;
            this.notes = new Support(noteKey);
        }

        PartnershipTerm term() {
            return new PartnershipTerm(found.agreement(), found.parties(), found.category(), found.text(),
                    found.amountUsd(), found.gigawatts(), found.year(), found.negated(), note.id(), note.date(),
                    found.sentence(), notes.size());
        }
    }

    static final class AccelRow {
        final AcceleratorExtractor.Found found;
        final Note note;
        final Support notes;

        AccelRow(AcceleratorExtractor.Found found, Note note, String noteKey) {
            this.found = found;
            this.note = note;
            this.notes = new Support(noteKey);
        }

        AcceleratorUse use() {
            return new AcceleratorUse(found.vendor(), found.family(), found.role(), found.evidence(), note.id(),
                    note.date(), notes.size());
        }
    }
}
