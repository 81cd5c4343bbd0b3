package app.dealbrief.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A search result; the snippet is plain text around the best match, and {@code marks} are where in the
 * snippet the query's words occur (for showing them bold), in order.
 */
public record SearchHit(String noteId, String account, String title, LocalDate date, double score, String snippet,
        List<Mark> marks) {

    /** Characters [start, end) of the snippet. */
    public record Mark(int start, int end) {
    }

    public SearchHit {
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** A hit with nothing to mark. */
    public SearchHit(String noteId, String account, String title, LocalDate date, double score, String snippet) {
        this(noteId, account, title, date, score, snippet, List.of());
    }
}
