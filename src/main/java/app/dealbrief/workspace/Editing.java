package app.dealbrief.workspace;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.Revision;
import app.dealbrief.domain.UnsavedText;

import java.util.List;
import java.util.Optional;

/** Writing notes in the app. Every save returns only once it is committed to disk (durable). Blocking. */
public interface Editing {

    /**
     * Creates a note written in the app for {@code account}: front matter from the draft, then a
     * {@code # Title} heading. Throws DealBriefException naming the field ("Title is empty",
     * "Date must be YYYY-MM-DD").
     */
    Note createNote(String account, NoteDraft draft);

    /**
     * Replaces a note's whole text (markdown with front matter). Returns once the text is on disk. The
     * replaced text is kept as a revision; saves in one burst of typing share one revision.
     */
    Note saveNote(String id, String text);

    /**
     * Saves a note from the editor's form fields and body: the front matter is built here (unknown keys
     * kept; the original front matter kept byte for byte when the fields did not change).
     */
    Note saveNote(String id, NoteDraft fields, String body);

    /**
     * Sets the status of an action item in its note ({@code 'x'} done, {@code ' '} open ...) as a saved
     * revision; returns the status it had, empty when the note no longer holds the item.
     */
    Optional<Character> setActionItemStatus(String noteId, String itemText, char status);

    /** Keeps editor text that is not saved yet, so a crash cannot lose it (no-op for an encrypted store). */
    void keepUnsaved(String noteId, String body);

    /** Forgets kept unsaved text of a note (the user declined to recover it). */
    void dropUnsaved(String noteId);

    /** Unsaved text left from a previous run that differs from the stored note, to offer to the user. */
    List<UnsavedText> unsaved();

    /** Earlier texts of a note, newest first. */
    List<Revision> history(String id);

    /** Makes an earlier text current again; the replaced text becomes a revision, so nothing is lost. */
    Note restoreRevision(String noteId, long revisionId);

    /** Clears the note's "changed in both places" flag without changing its text. */
    void markResolved(String id);

    /** Moves a note to the trash. */
    void trashNote(String id);

    /** Notes in the trash, most recently trashed first. */
    List<NoteSummary> trash();

    /** Takes a note out of the trash. */
    void restoreNote(String id);

    /** Deletes the notes in the trash for good; returns how many. */
    int emptyTrash();
}
