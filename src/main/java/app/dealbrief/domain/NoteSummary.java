package app.dealbrief.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A note as listed.
 *
 * @param duplicateOf id of the first note of its near-duplicate group, null when it has none
 * @param flags       e.g. "front matter needs repair", "changed in both places"
 */
public record NoteSummary(String id, String account, String title, LocalDate date, String type, String source,
                          String path, String duplicateOf, List<String> flags) {
    public NoteSummary {
        flags = List.copyOf(flags);
    }
}
