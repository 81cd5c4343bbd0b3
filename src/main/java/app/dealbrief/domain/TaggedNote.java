package app.dealbrief.domain;

import java.util.List;

/** A listed note with the tags its front matter gives (for filtering an account's notes). */
public record TaggedNote(NoteSummary note, List<String> tags) {
    public TaggedNote {
        tags = List.copyOf(tags);
    }
}
