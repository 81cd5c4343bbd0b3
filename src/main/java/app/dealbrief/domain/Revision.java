package app.dealbrief.domain;

import java.time.Instant;

/**
 * An earlier text of a note. Revisions hold what a change replaced, so nothing is ever overwritten.
 *
 * @param kind what replaced it: "edit" (an editing session in the app), "import" (a newer file),
 *             "restore" (a restored revision), or "conflict" (a file version that could not be merged;
 *             the text here is the file's)
 */
public record Revision(long id, String noteId, Instant createdAt, String kind, String text) {
    public static final String EDIT = "edit";
    public static final String IMPORT = "import";
    public static final String RESTORE = "restore";
    public static final String CONFLICT = "conflict";
}
