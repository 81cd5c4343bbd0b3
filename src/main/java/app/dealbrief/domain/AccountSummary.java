package app.dealbrief.domain;

import java.time.LocalDate;

/** An account as listed: note count and newest note date (null when no note is dated). */
public record AccountSummary(String name, int noteCount, LocalDate newestNote) {
}
