package app.dealbrief.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What matters about one account before a meeting.
 *
 * @param asOf               newest note date, null when no note is dated
 * @param summary            the newest note's summary, null when none
 * @param acceleratorMix     newest statement per vendor+family
 * @param acceleratorHistory older statements superseded by a newer one, newest first
 * @param summaryDate        the date of the note the summary comes from, null when none
 * @param olderActionItems   open items overdue past the staleness horizon, left out of {@code actionItems}
 * @param clusterCount       distinct notes once copies of one meeting count once
 */
public record Briefing(String account, LocalDate asOf, int noteCount, String summary, List<String> signals,
                       List<PartnershipTerm> partnershipTerms, List<AcceleratorUse> acceleratorMix,
                       List<AcceleratorUse> acceleratorHistory, List<Pitch> pitches, List<String> related,
                       List<ActionItem> actionItems, List<Person> people, LocalDate summaryDate,
                       List<ActionItem> olderActionItems, int clusterCount) {
    public Briefing(String account, LocalDate asOf, int noteCount, String summary, List<String> signals,
                    List<PartnershipTerm> partnershipTerms, List<AcceleratorUse> acceleratorMix,
                    List<AcceleratorUse> acceleratorHistory, List<Pitch> pitches, List<String> related,
                    List<ActionItem> actionItems, List<Person> people) {
        this(account, asOf, noteCount, summary, signals, partnershipTerms, acceleratorMix, acceleratorHistory,
                pitches, related, actionItems, people, asOf, List.of(), noteCount);
    }

    public Briefing {
        olderActionItems = List.copyOf(olderActionItems);
        signals = List.copyOf(signals);
        partnershipTerms = List.copyOf(partnershipTerms);
        acceleratorMix = List.copyOf(acceleratorMix);
        acceleratorHistory = List.copyOf(acceleratorHistory);
        pitches = List.copyOf(pitches);
        related = List.copyOf(related);
        actionItems = List.copyOf(actionItems);
        people = List.copyOf(people);
    }
}
