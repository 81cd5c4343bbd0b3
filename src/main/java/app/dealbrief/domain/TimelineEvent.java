package app.dealbrief.domain;

import java.time.LocalDate;

/**
 * One point on an account's timeline.
 *
 * @param date      the day; for {@link Precision#YEAR} the first of January of that year
 * @param text      what happened or is due: a note title, an agreement, a term, an action item
 * @param noteId    the note it comes from (for a collapsed group, the first note of the group)
 * @param noteTitle that note's title
 * @param copies    how many near-duplicate notes (or repeated statements) this one event stands for, at least 1
 */
public record TimelineEvent(LocalDate date, Precision precision, Kind kind, String text, String noteId,
                            String noteTitle, int copies) {
    public enum Kind { NOTE, AGREEMENT, TERM, DEADLINE }

    public enum Precision { DAY, YEAR }
}
