package app.dealbrief.domain;

import java.time.LocalDate;

/**
 * A note of another account that mentions this one.
 *
 * @param via a wiki link to the account, or only its name in the text
 */
public record Backlink(String noteId, String account, String title, LocalDate date, Via via) {
    public enum Via { LINK, MENTION }
}
