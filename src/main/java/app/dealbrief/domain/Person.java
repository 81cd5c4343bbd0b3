package app.dealbrief.domain;

import java.time.LocalDate;

/** Someone met on the account: from participants and attendees lines. */
public record Person(String name, LocalDate lastContact, int noteCount) {
}
