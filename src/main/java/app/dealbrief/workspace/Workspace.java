package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Backlink;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.Revision;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.NoteTitle;
import app.dealbrief.domain.SearchHit;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.domain.TaggedNote;
import app.dealbrief.domain.TimelineEvent;
import app.dealbrief.domain.UserSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one facade the GUI and the CLI use. Every method may touch disk or the database, so it blocks:
 * the GUI calls it only from its background executor, never from the FX thread.
 * Failures a user can act on are {@link app.dealbrief.domain.DealBriefException}s.
 */
public interface Workspace extends AutoCloseable {

    /** Reports import progress; called from the importing thread. */
    interface Progress {
        Progress NONE = (done, total, current) -> { };

        void update(int done, int total, String currentFile);

        /** Checked between files: cancelling is by flag, never by interrupting a thread inside H2. */
        default boolean cancelled() {
            return false;
        }
    }

    Path dataDir();

    /**
     * Imports markdown files and folders (recursively). A path that does not exist fails the whole run
     * before anything is stored; a bad file is rejected on its own and the rest are imported.
     */
    ImportReport importPaths(List<Path> paths, Progress progress);

    /** Accounts that have at least one note, by name. */
    List<AccountSummary> accounts();

    /** The user's Preferences (settings.json in the data folder); defaults when there is no file. */
    UserSettings settings();

    /** Saves Preferences; the next briefing and import use them. A bad exclude pattern fails, nothing written. */
    void saveSettings(UserSettings settings);

    /** Moves every note of the bundled demo accounts to the trash; returns how many. */
    int removeSampleAccounts();

    /** The stored spelling of an account name, matched case-insensitively. */
    Optional<String> findAccount(String name);

    /** An account's notes, newest first (undated last). */
    List<NoteSummary> notes(String account);

    Optional<Note> note(String id);

    /** The briefing for an account, from its notes (cached until they change). */
    Briefing briefing(String account);

    // Corrections

    /**
     * Stores a correction to an account's briefing (dismiss, pin, edit or add a fact); returns it with its id.
     * The next {@link #briefing} shows it. Corrections are matched to facts by source sentence and key fields,
     * so they survive re-import and edits of the notes.
     */
    Correction correct(Correction correction);

    /** An account's corrections, oldest first. */
    List<Correction> corrections(String account);

    /** Takes a correction back (Undo, or restoring a dismissed fact); nothing happens for an unknown id. */
    void undoCorrection(long id);

    /** Stores the status the user set on a pitch; the briefing's pitches carry it from then on. */
    void setPitchStatus(String account, String headline, Pitch.Status status);

    List<SearchHit> search(String query, int limit);

    // Finding

    /** Every note's id, account, title and date, newest first: what quick open matches against. */
    List<NoteTitle> noteTitles();

    /** An account's notes with their tags, newest first (as {@link #notes}). */
    List<TaggedNote> taggedNotes(String account);

    /**
     * An account's timeline, oldest first: dated notes, agreements where first mentioned, terms that name a
     * year, action items with a due date. Near-duplicate notes count once.
     */
    List<TimelineEvent> timeline(String account);

    /** Notes of other accounts that wiki-link to this one, then those that only name it, newest first. */
    List<Backlink> backlinks(String account);

    /**
     * The first paragraph or list item of a note, as plain text, in which {@code query} matches (for opening
     * a search result at its match); empty when only the title or front matter matched.
     */
    Optional<String> matchingPassage(String noteId, String query);

    /** The one-page sheet as PDF bytes. */
    byte[] sheet(String account, SheetOptions options);

    /**
     * Writes notes back as markdown with front matter, one folder per account; all accounts when
     * {@code account} is null. Returns how many notes were written.
     */
    int export(Path dir, String account);

    /** Writes a whole-store backup to {@code file}. */
    void backup(Path file);

    /** Whether the store is encrypted with a passphrase. */
    boolean encrypted();

    /**
     * Sets or changes the store's passphrase ({@code next} null removes it). The store is re-encrypted into
     * a new file, verified, then swapped in; on any failure the store stays as it was.
     */
    void changePassphrase(char[] next);

    /**
     * Replaces the store with a backup while the app runs: the backup is verified first, the current store is
     * kept in backups/ before it is replaced, and on any failure the current store stays open as it was.
     * Returns where the replaced store was saved.
     */
    Path restoreBackup(Path backup);

    /** Pages of a sheet PDF rendered for an on-screen preview: the same document that prints. */
    List<java.awt.image.BufferedImage> sheetPages(byte[] pdf, float dpi);

    boolean hasPrinter();

    /**
     * Prints a sheet PDF; with {@code showDialog} the system print dialog comes first (cancel prints nothing).
     * With no printer installed, throws a DealBriefException that says so.
     */
    void print(byte[] pdf, String jobName, boolean showDialog);

    /** Moves all notes of an account to the trash. */
    void removeAccount(String account);

    // --- Editing. Every save returns only once it is committed to disk (durable). ---

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
     * Sets the status of an action item in its note ({@code 'x'} done, {@code ' '} open ...) as a saved
     * revision; returns the status it had, empty when the note no longer holds the item.
     */
    Optional<Character> setActionItemStatus(String noteId, String itemText, char status);

    /** Keeps editor text that is not saved yet, so a crash cannot lose it (no-op for an encrypted store). */
    void keepUnsaved(String noteId, String body);

    /** Forgets kept unsaved text of a note (the user declined to recover it). */
    void dropUnsaved(String noteId);

    /** Unsaved text left from a previous run that differs from the stored note, to offer to the user. */
    List<app.dealbrief.domain.UnsavedText> unsaved();

    /**
     * Saves a note from the editor's form fields and body: the front matter is built here (unknown keys
     * kept; the original front matter kept byte for byte when the fields did not change).
     */
    Note saveNote(String id, NoteDraft fields, String body);

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

    /** A small UI preference (window geometry, last account, theme); null when unset. */
    String preference(String key);

    void setPreference(String key, String value);

    @Override
    void close();
}
