package app.dealbrief.ui;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.UnsavedText;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.workspace.Editing;
import app.dealbrief.workspace.NoteLibrary;
import app.dealbrief.workspace.StoreAdmin;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the main window does with the store as a whole: export the notes, back up, restore a backup, set a
 * passphrase (and the one-time offer to), recover text left unsaved by the last run; and the status line
 * that says how each went. Every dialog goes through the {@link DialogService}, every store call through the
 * background executor.
 */
final class MainViewModel {
    /** Preference key: the encryption offer was answered. */
    static final String OFFERED = "security.passphraseOffered";

    private final StoreAdmin admin;
    private final NoteLibrary library;
    private final Editing editing;
    private final Background background;
    private final DialogService dialogs;
    private final Clock clock;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    MainViewModel(StoreAdmin admin, NoteLibrary library, Editing editing, Background background,
                  DialogService dialogs, Clock clock) {
        this.admin = admin;
        this.library = library;
        this.editing = editing;
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** The status bar's text when no import is running. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void say(String message) {
        status.set(message);
    }

    void exportNotes() {
        dialogs.chooseFolder("Export notes to a folder").ifPresent(dir -> {
            status.set("Exporting notes…");
            background.run(() -> admin.export(dir, null),
                    (Integer n) -> status.set("Exported " + n + " note" + (n == 1 ? "" : "s") + " to " + dir),
                    e -> {
                        status.set("");
                        dialogs.error("Could not export the notes", e);
                    });
        });
    }

    void backupNow() {
        String name = "dealbrief-backup-" + LocalDate.now(clock) + ".zip";
        dialogs.chooseSaveFile("Back up the whole store", name, "zip").ifPresent(file -> {
            status.set("Backing up…");
            background.run(() -> {
                admin.backup(file);
                return file;
            }, (Path f) -> status.set("Backed up to " + f), e -> {
                status.set("");
                dialogs.error("Could not back up", e);
            });
        });
    }

    /** Asks for a backup and whether to replace every note with it; {@code restored} runs once it is in place. */
    void restoreBackup(Runnable restored) {
        dialogs.chooseOpenFile("Restore a backup", "zip").ifPresent(file -> {
            if (!dialogs.confirm("Restore backup", "Replace every note with the contents of " + file.getFileName()
                    + "? The current store is kept in the backups folder first.", "Restore")) {
                return;
            }
            status.set("Restoring " + file.getFileName() + "…");
            background.run(() -> admin.restoreBackup(file), (Path saved) -> {
                status.set("Restored " + file.getFileName() + "; the previous store is kept at " + saved);
                restored.run();
            }, e -> {
                status.set("");
                dialogs.error("Could not restore the backup", e);
            });
        });
    }

    /** Asks for a passphrase and encrypts the store with it; false when the user cancelled the dialog. */
    boolean setPassphrase() {
        java.util.Optional<char[]> asked = dialogs.askPassphrase("Set passphrase",
                "Protect every note in this store with a passphrase. Without it the notes cannot be read,"
                        + " and it cannot be recovered: keep it safe.", true);
        asked.ifPresent(pass -> {
            status.set("Encrypting the store…");
            background.run(() -> {
                try {
                    admin.changePassphrase(pass);
                } finally {
                    Arrays.fill(pass, '\0');
                }
                return true;
            }, ok -> status.set("The store is encrypted: DealBrief will ask for the passphrase when it starts"), e -> {
                status.set("");
                dialogs.error("Could not set the passphrase", e);
            });
        });
        return asked.isPresent();
    }

    /** The encryption offer was answered (either way): it is remembered, so it never comes back. */
    void passphraseOfferAnswered() {
        background.run(() -> {
            admin.setPreference(OFFERED, LocalDate.now(clock).toString());
            return true;
        }, ok -> { }, e -> dialogs.error("Could not save the setting", e));
    }

    /**
     * Text typed but not saved before DealBrief last stopped: offered note by note, never applied silently.
     * Recovering saves it as the note's text (the text it replaces stays in the history); {@code open} then
     * shows the note.
     */
    void offerRecovery(List<UnsavedText> left, Consumer<UnsavedText> open) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());
        for (UnsavedText u : left) {
            boolean recover = dialogs.confirm("Recover unsaved text?", "DealBrief stopped before saving your edits to \""
                    + u.title() + "\" (" + u.account() + "), typed " + when.format(u.typedAt())
                    + ". Recover them? The current text stays in the note's history.", "Recover");
            background.run(() -> {
                if (!recover) {
                    editing.dropUnsaved(u.noteId());
                    return null;
                }
                Note n = library.note(u.noteId()).orElseThrow();
                return editing.saveNote(u.noteId(), NoteDraft.of(n), u.body());
            }, saved -> {
                if (saved != null) {
                    status.set("Recovered your unsaved edits to " + u.title());
                    open.accept(u);
                }
            }, e -> dialogs.error("Could not recover the unsaved text", e));
        }
    }

    void about(String version) {
        dialogs.info("About DealBrief", "DealBrief " + version + "\n\nDealBrief turns your account notes into a meeting briefing:\n"
                + "partnership terms, accelerator mix and pitches, on screen and on one printed page.\n\n"
                + "Works offline. Your notes stay on this computer.");
    }
}
