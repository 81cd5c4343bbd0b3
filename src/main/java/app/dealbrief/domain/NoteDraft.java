package app.dealbrief.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * The front-matter fields a user fills in a form (so YAML mistakes are impossible).
 *
 * @param date "YYYY-MM-DD" or blank; kept as typed so the form can say what is wrong with it
 */
public record NoteDraft(String title, String date, String type, List<String> participants, List<String> tags,
                        String source) {
    public NoteDraft {
        title = title == null ? "" : title.strip();
        date = date == null ? "" : date.strip();
        type = type == null ? "" : type.strip();
        source = source == null ? "" : source.strip();
        participants = clean(participants);
        tags = clean(tags);
    }

    /** The fields of a stored note. */
    public static NoteDraft of(Note n) {
        return new NoteDraft(n.title(), n.date() == null ? "" : n.date().toString(), n.type(), n.participants(),
                n.tags(), n.source());
    }

    /** What is wrong with the draft, in words naming the field; null when nothing is. */
    public String problem() {
        if (title.isEmpty()) {
            return "Title is empty";
        }
        if (title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
            return "Title must be one line";
        }
        if (!date.isEmpty() && parsedDate() == null) {
            return "Date must be YYYY-MM-DD";
        }
        return null;
    }

    /** Throws the problem as a DealBriefException. */
    public void validate() {
        String p = problem();
        if (p != null) {
            throw new DealBriefException(p);
        }
    }

    /** The date, or null when blank or not YYYY-MM-DD. */
    public LocalDate parsedDate() {
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Splits a comma-separated form field into a list. */
    public static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return clean(List.of(commaSeparated.split(",")));
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
