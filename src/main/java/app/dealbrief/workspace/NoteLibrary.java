package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Backlink;
import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.NoteTitle;
import app.dealbrief.domain.SearchHit;
import app.dealbrief.domain.TaggedNote;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The notes as a library: importing them, listing accounts and notes, reading, searching and finding.
 * Every method may touch disk or the database, so it blocks: the GUI calls it only from its background
 * executor. Failures a user can act on are {@link app.dealbrief.domain.DealBriefException}s.
 */
public interface NoteLibrary {

    /** Reports import progress; called from the importing thread. */
    interface Progress {
        Progress NONE = (done, total, current) -> { };

        void update(int done, int total, String currentFile);

        /** Checked between files: cancelling is by flag, never by interrupting a thread inside H2. */
        default boolean cancelled() {
            return false;
        }
    }

    /**
     * Imports markdown files and folders (recursively). A path that does not exist fails the whole run
     * before anything is stored; a bad file is rejected on its own and the rest are imported.
     */
    ImportReport importPaths(List<Path> paths, Progress progress);

    /** Accounts that have at least one note, by name. */
    List<AccountSummary> accounts();

    /** The stored spelling of an account name, matched case-insensitively. */
    Optional<String> findAccount(String name);

    /** An account's notes, newest first (undated last). */
    List<NoteSummary> notes(String account);

    Optional<Note> note(String id);

    List<SearchHit> search(String query, int limit);

    /** Every note's id, account, title and date, newest first: what quick open matches against. */
    List<NoteTitle> noteTitles();

    /** An account's notes with their tags, newest first (as {@link #notes}). */
    List<TaggedNote> taggedNotes(String account);

    /** Notes of other accounts that wiki-link to this one, then those that only name it, newest first. */
    List<Backlink> backlinks(String account);

    /**
     * The first paragraph or list item of a note, as plain text, in which {@code query} matches (for opening
     * a search result at its match); empty when only the title or front matter matched.
     */
    Optional<String> matchingPassage(String noteId, String query);

    /** Moves every note of the bundled demo accounts to the trash; returns how many. */
    int removeSampleAccounts();

    /** Moves all notes of an account to the trash. */
    void removeAccount(String account);
}
