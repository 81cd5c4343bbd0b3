package app.dealbrief.domain;

import java.time.LocalDate;

/** The little a quick-open palette or a backlink list needs about a note. */
public record NoteTitle(String id, String account, String title, LocalDate date) {
}
