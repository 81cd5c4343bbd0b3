package app.dealbrief.ui.common;

import app.dealbrief.domain.NoteDraft;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog goes through here, so view models can be tested with a fake. */
public interface DialogService {

    /** Shows a failure: a DealBriefException's message as is; anything else as an unexpected error. */
    void error(String title, Throwable failure);

    void info(String title, String message);

    /** Like {@link #info}, but returns only once the user has read it (before the window goes away). */
    default void infoAndWait(String title, String message) {
        info(title, message);
    }


    /** A report whose details the user may want to copy (e.g. an import's rejected files). */
    void report(String title, String header, String details);

    /**
     * An import's outcome: the problem files in a table grouped by reason, named relative to {@code roots}
     * (the imported folders), with a way to open each. {@code details} is the list as text, for copying.
     */
    default void importReport(String title, String header, String details, app.dealbrief.domain.ImportReport report,
            List<Path> roots) {
        report(title, header, details);
    }

    /** A folder to import, or empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /** Markdown files to import, empty when cancelled. */
    List<Path> chooseFiles(String title);

    /** Where to save a file, or empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);

    /** The fields of a new note for {@code account}, validated as typed; empty when cancelled. */
    Optional<NoteDraft> newNoteForm(String account);

    /** Asks before something that cannot be undone; true only when the user confirms. */
    boolean confirm(String title, String message, String confirmButton);

    /**
     * A small form (edit a fact, add one by hand): the answers by field key, or empty when cancelled.
     * Values are as typed; the caller validates them.
     */
    java.util.Optional<java.util.Map<String, String>> form(String title, String header, List<FormField> fields);

    /**
     * Asks for a passphrase: to unlock the store, or ({@code newPassphrase}) to set one, typed twice and at
     * least 8 characters. Empty when cancelled. The caller clears the returned array after use.
     */
    Optional<char[]> askPassphrase(String title, String message, boolean newPassphrase);

    /** A file to open with the given extension (e.g. a backup), or empty when cancelled. */
    Optional<Path> chooseOpenFile(String title, String extension);
}
