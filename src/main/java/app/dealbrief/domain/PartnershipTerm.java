package app.dealbrief.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One clause of a partnership agreement found in notes.
 *
 * @param agreement     e.g. "Microsoft–OpenAI Oct 28 agreement", null when no agreement is named
 * @param amountUsd     dollars named by the clause, null when none (or only "tens of billions")
 * @param gigawatts     capacity named, in GW (megawatts converted), null when none
 * @param year          the year the clause names (expiry, start), null when none
 * @param negated       true for "no ..." clauses ("no right of first refusal")
 * @param sentence      the source sentence, used to highlight evidence and to match corrections
 * @param supportCount  how many notes state it (near-duplicates count once)
 */
public record PartnershipTerm(String agreement, List<String> parties, TermCategory category, String text,
                              Long amountUsd, Double gigawatts, Integer year, boolean negated,
                              String noteId, LocalDate noteDate, String sentence, int supportCount) {
    public PartnershipTerm {
        parties = List.copyOf(parties);
    }
}
