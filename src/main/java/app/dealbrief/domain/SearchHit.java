package app.dealbrief.domain;

import java.time.LocalDate;

/** A search result; the snippet is plain text around the best match. */
public record SearchHit(String noteId, String account, String title, LocalDate date, double score, String snippet) {
}
