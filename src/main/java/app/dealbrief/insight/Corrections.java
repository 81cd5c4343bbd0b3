package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.Correction.Kind;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The user's corrections laid over a built briefing: dismissed facts go, edited ones show the user's values,
 * added ones join (with no note), pinned ones come first, and pitches carry the status the user set.
 * Pure: the builder stays a function of the notes, and this is a function of its result and the corrections.
 */
public final class Corrections {
    private Corrections() {
    }

    public static Briefing apply(Briefing b, List<Correction> corrections) {
        return apply(b, corrections, Map.of());
    }

    /**
     * @param corrections oldest first: the newest edit of a fact wins
     * @param statuses    pitch status by {@link Correction#normalise normalised} headline
     */
    public static Briefing apply(Briefing b, List<Correction> corrections, Map<String, Pitch.Status> statuses) {
        return apply(b, corrections, statuses, null);
    }

    /**
     * As {@link #apply(Briefing, List, Map)}; with a {@code playbook}, its rules fire again on the corrected terms
     * and accelerators, so a dismissed fact no longer argues for a pitch and an added one can.
     */
    public static Briefing apply(Briefing b, List<Correction> corrections, Map<String, Pitch.Status> statuses,
                                 Playbook playbook) {
        if (corrections.isEmpty() && statuses.isEmpty()) {
            return b;
        }
        List<Correction> sorted = new ArrayList<>(corrections);
        sorted.sort(Comparator.comparing(Correction::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Correction::id));
        List<PartnershipTerm> terms = overlay(b.partnershipTerms(), sorted, Correction.Fact.TERM,
                Correction::term, (c, t) -> c.targets(t), Corrections::edited, Corrections::added);
        List<AcceleratorUse> mix = overlay(b.acceleratorMix(), sorted, Correction.Fact.ACCELERATOR,
                Correction::accelerator, (c, a) -> c.targets(a), Corrections::edited, Corrections::added);
        List<Pitch> fired = b.pitches();
        boolean factsChanged = sorted.stream().anyMatch(c -> c.fact() != Correction.Fact.PITCH && c.kind() != Kind.PIN);
        if (playbook != null && factsChanged) {
            fired = new ArrayList<>(b.pitches().stream().filter(p -> p.origin() != Pitch.Origin.PLAYBOOK).toList());
            fired.addAll(playbook.pitches(terms, mix));
        }
        List<Pitch> pitches = overlay(fired, sorted, Correction.Fact.PITCH,
                Correction::pitch, (c, p) -> c.targets(p), Corrections::edited, Corrections::added);
        List<Pitch> withStatus = pitches.stream().map(p -> {
            Pitch.Status s = statuses.get(Correction.normalise(p.headline()));
            return s == null ? p : p.withStatus(s);
        }).toList();
        return new Briefing(b.account(), b.asOf(), b.noteCount(), b.summary(), b.signals(), terms, mix,
                b.acceleratorHistory(), withStatus, b.related(), b.actionItems(), b.people(), b.summaryDate(),
                b.olderActionItems(), b.clusterCount());
    }

    /**
     * Facts as extracted, then the ones added by hand; each keeps its identity (extracted or added form) for
     * matching, so a pin or a second edit finds a fact the user already edited.
     */
    private static <T> List<T> overlay(List<T> extracted, List<Correction> corrections, Correction.Fact fact,
                                       Function<Correction, T> valueOf, BiPredicate<Correction, T> targets,
                                       BiFunction<T, T, T> edit, Function<T, T> add) {
        List<T> identities = new ArrayList<>(extracted);
        for (Correction c : corrections) {
            if (c.fact() == fact && c.kind() == Kind.ADD) {
                identities.add(add.apply(valueOf.apply(c)));
            }
        }
        List<T> pinned = new ArrayList<>();
        List<T> rest = new ArrayList<>();
        for (T original : identities) {
            T shown = original;
            boolean pin = false;
            boolean dismissed = false;
            for (Correction c : corrections) {
                if (c.fact() != fact || !targets.test(c, original)) {
                    continue;
                }
                switch (c.kind()) {
                    case DISMISS -> dismissed = true;
                    case PIN -> pin = true;
                    case EDIT -> shown = edit.apply(original, valueOf.apply(c));
                    case ADD -> { }
                }
            }
            if (!dismissed) {
                (pin ? pinned : rest).add(shown);
            }
        }
        pinned.addAll(rest);
        return pinned;
    }

    /** The user's fields over the extracted term; where it came from (note, sentence, support) stays. */
    private static PartnershipTerm edited(PartnershipTerm t, PartnershipTerm v) {
        return new PartnershipTerm(v.agreement(), v.parties(), v.category(), v.text(), v.amountUsd(), v.gigawatts(),
                v.year(), v.negated(), t.noteId(), t.noteDate(), t.sentence(), t.supportCount());
    }

    private static PartnershipTerm added(PartnershipTerm v) {
        return new PartnershipTerm(v.agreement(), v.parties(), v.category(), v.text(), v.amountUsd(), v.gigawatts(),
                v.year(), v.negated(), null, null, v.sentence(), 0);
    }

    private static AcceleratorUse edited(AcceleratorUse a, AcceleratorUse v) {
        return new AcceleratorUse(v.vendor(), v.family(), v.role(), a.evidence(), a.noteId(), a.noteDate(), a.supportCount());
    }

    private static AcceleratorUse added(AcceleratorUse v) {
        return new AcceleratorUse(v.vendor(), v.family(), v.role(), v.evidence(), null, null, 0);
    }

    private static Pitch edited(Pitch p, Pitch v) {
        return new Pitch(v.headline(), v.rationale(), p.origin(), p.noteId(), p.evidence(), p.status());
    }

    /** A pitch added by hand is the user's own note: origin "note", no note id. */
    private static Pitch added(Pitch v) {
        return new Pitch(v.headline(), v.rationale(), Pitch.Origin.NOTE, null, v.evidence(), Pitch.Status.TO_TRY);
    }
}
