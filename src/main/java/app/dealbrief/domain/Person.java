package app.dealbrief.domain;

import java.time.LocalDate;

/**
 * Someone met on the account: from participants and attendees lines, and person notes.
 *
 * @param company the organisation they work for, null when no note says
 * @param role    title or role ("Director, Azure AI"), null when no note says
 */
public record Person(String name, String company, String role, LocalDate lastContact, int noteCount) {
    public Person(String name, LocalDate lastContact, int noteCount) {
        this(name, null, null, lastContact, noteCount);
    }
}
