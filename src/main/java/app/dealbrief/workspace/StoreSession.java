package app.dealbrief.workspace;

import app.dealbrief.domain.UserSettings;
import app.dealbrief.notes.NearDuplicates;
import app.dealbrief.store.CorrectionRepository;
import app.dealbrief.store.Database;
import app.dealbrief.store.NoteEdits;
import app.dealbrief.store.NoteRepository;
import app.dealbrief.store.Preferences;
import app.dealbrief.store.Rekey;
import app.dealbrief.store.StoreKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The open store of one data folder and its key: the repositories over it, replaced together when a backup
 * is restored or the passphrase changes (the store is closed, swapped or re-encrypted, and reopened). Also
 * the folder's other files: settings.json, automatic backups and the journal of unsaved text.
 */
final class StoreSession {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSession.class);

    private final Path dataDir;
    private final Changes changes;
    private final Backups backups;
    private final Journal journal;
    private volatile Clock clock = Clock.systemUTC();
    private volatile UserSettings settings;
    private volatile StoreKey key;
    private volatile Repos repos;

    /** Everything over one open {@link Database}: replaced as a whole, so no reader sees a mix. */
    record Repos(Database db, NoteRepository notes, NoteEdits edits, Preferences prefs,
                 CorrectionRepository corrections) {
    }

    StoreSession(Path dataDir, Database db, StoreKey key, Changes changes) {
        this.dataDir = dataDir;
        this.key = key;
        this.changes = changes;
        this.backups = new Backups(dataDir);
        this.journal = new Journal(dataDir);
        attach(db);
    }

    private void attach(Database database) {
        NoteRepository notes = new NoteRepository(database, NearDuplicates::near);
        repos = new Repos(database, notes, new NoteEdits(database, notes, () -> clock.instant()),
                new Preferences(database), new CorrectionRepository(database));
    }

    Path dataDir() {
        return dataDir;
    }

    Database db() {
        return repos.db();
    }

    NoteRepository notes() {
        return repos.notes();
    }

    NoteEdits edits() {
        return repos.edits();
    }

    Preferences prefs() {
        return repos.prefs();
    }

    CorrectionRepository corrections() {
        return repos.corrections();
    }

    Journal journal() {
        return journal;
    }

    Clock clock() {
        return clock;
    }

    /** Tests move time forward to check revision coalescing. */
    void useClock(Clock c) {
        this.clock = c;
    }

    boolean encrypted() {
        return key != null;
    }

    UserSettings settings() {
        UserSettings s = settings;
        if (s == null) {
            s = SettingsFile.read(dataDir);
            settings = s;
        }
        return s;
    }

    synchronized void saveSettings(UserSettings next) {
        new ExcludedFolders(next.excludedFolders()); // a bad pattern fails here, before anything is written
        SettingsFile.write(dataDir, next);
        settings = next;
        changes.inputsChanged();
    }

    /** Replaces the store with a verified backup (callers close the search index first). */
    Path restore(Path backup) {
        db().close();
        try {
            return Database.restore(dataDir, backup, key);
        } finally {
            attach(Database.open(dataDir, key));
        }
    }

    /**
     * Re-encrypts the store under {@code next} (null removes the passphrase); callers close the search index
     * first. Returns whether the store is encrypted now.
     */
    boolean changePassphrase(char[] next) {
        db().close();
        StoreKey changed;
        try {
            changed = Rekey.change(dataDir, key, next);
        } finally {
            // Reopen with whichever key now fits: the new one, or the old one if nothing changed.
            attach(Database.open(dataDir, StoreKey.isEncrypted(dataDir) ? currentKey(next) : null));
        }
        key = changed;
        if (key != null) {
            // Replace automatic backups (they may hold plaintext) by one under the new key.
            backups.deleteAutomatic();
            journal.clear();
            backups.run(db()::backup);
        }
        LOG.info("store passphrase {}", key == null ? "removed" : "set");
        return key != null;
    }

    // After a failed change the old key still fits; after a successful one the new passphrase does.
    private StoreKey currentKey(char[] next) {
        if (next != null) {
            try {
                return StoreKey.unlock(dataDir, next);
            } catch (StoreKey.WrongPassphraseException e) {
                return key;
            }
        }
        return key;
    }

    void backup(Path file) {
        db().backup(file);
    }

    /** Closes the store, after an automatic backup when one is due (callers close the search index first). */
    void close() {
        if (backups.due(changes.stored())) {
            backups.run(db()::backup);
        }
        db().close();
    }
}
