package app.dealbrief.ui.notes;

import app.dealbrief.domain.NoteSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an account's note list is narrowed to: any of some tags, one type, a date range (both ends included).
 * An empty part lets every note through; a date bound leaves undated notes out.
 */
public record NoteFilter(Set<String> tags, String type, LocalDate from, LocalDate to) {
    public static final NoteFilter NONE = new NoteFilter(Set.of(), null, null, null);

    public NoteFilter {
        TreeSet<String> t = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        t.addAll(tags);
        tags = java.util.Collections.unmodifiableSet(t);
    }

    public boolean isEmpty() {
        return tags.isEmpty() && type == null && from == null && to == null;
    }

    public boolean test(NoteSummary n, List<String> noteTags) {
        if (!tags.isEmpty() && noteTags.stream().noneMatch(tags::contains)) {
            return false;
        }
        if (type != null && (n.type() == null || !n.type().toLowerCase(Locale.ROOT).equals(type.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if ((from != null || to != null) && n.date() == null) {
            return false;
        }
        return (from == null || !n.date().isBefore(from)) && (to == null || !n.date().isAfter(to));
    }
}
