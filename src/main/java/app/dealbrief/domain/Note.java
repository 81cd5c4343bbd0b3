package app.dealbrief.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One account note as parsed from markdown with front matter.
 *
 * @param id          store id; null until the note is stored
 * @param account     resolved account name ("Unassigned" when nothing names one)
 * @param date        note date, null when the note names none
 * @param path        file it came from, null for notes written in the app
 * @param text        the whole file text as it round-trips (BOM removed, line endings kept)
 * @param frontMatter every front-matter key in file order, known or not; empty when absent or broken
 * @param body        markdown after the front matter
 * @param sections    body split by headings, as plain text blocks for reading and extraction
 * @param warnings    problems a user should fix (e.g. "front matter needs repair: ...")
 */
public record Note(
        String id,
        String account,
        String title,
        LocalDate date,
        String type,
        String source,
        String sourceRef,
        List<String> participants,
        List<String> tags,
        String path,
        String text,
        Map<String, Object> frontMatter,
        String body,
        List<Section> sections,
        List<WikiLink> links,
        List<ActionItem> actionItems,
        List<String> warnings) {

    public Note {
        participants = List.copyOf(participants);
        tags = List.copyOf(tags);
        frontMatter = frontMatter == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontMatter));
        sections = List.copyOf(sections);
        links = List.copyOf(links);
        actionItems = List.copyOf(actionItems);
        warnings = List.copyOf(warnings);
    }

    public Note withId(String newId) {
        return new Note(newId, account, title, date, type, source, sourceRef, participants, tags, path, text,
                frontMatter, body, sections, links, actionItems, warnings);
    }

    public Note withAccount(String newAccount) {
        return new Note(id, newAccount, title, date, type, source, sourceRef, participants, tags, path, text,
                frontMatter, body, sections, links, actionItems, warnings);
    }

    /** The section whose heading matches (case-insensitive), if any. */
    public java.util.Optional<Section> section(String heading) {
        return sections.stream().filter(s -> s.heading() != null && s.heading().equalsIgnoreCase(heading)).findFirst();
    }
}
