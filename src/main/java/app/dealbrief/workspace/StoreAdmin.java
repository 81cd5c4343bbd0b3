package app.dealbrief.workspace;

import app.dealbrief.domain.UserSettings;

import java.nio.file.Path;

/** The store as a whole: its folder, settings and preferences, export, backup, restore, encryption. Blocking. */
public interface StoreAdmin {

    Path dataDir();

    /** The user's Preferences (settings.json in the data folder); defaults when there is no file. */
    UserSettings settings();

    /** Saves Preferences; the next briefing and import use them. A bad exclude pattern fails, nothing written. */
    void saveSettings(UserSettings settings);

    /**
     * Writes notes back as markdown with front matter, one folder per account; all accounts when
     * {@code account} is null. Returns how many notes were written.
     */
    int export(Path dir, String account);

    /** Writes a whole-store backup to {@code file}. */
    void backup(Path file);

    /**
     * Replaces the store with a backup while the app runs: the backup is verified first, the current store is
     * kept in backups/ before it is replaced, and on any failure the current store stays open as it was.
     * Returns where the replaced store was saved.
     */
    Path restoreBackup(Path backup);

    /** Whether the store is encrypted with a passphrase. */
    boolean encrypted();

    /**
     * Sets or changes the store's passphrase ({@code next} null removes it). The store is re-encrypted into
     * a new file, verified, then swapped in; on any failure the store stays as it was.
     */
    void changePassphrase(char[] next);

    /** A small UI preference (window geometry, last account, theme); null when unset. */
    String preference(String key);

    void setPreference(String key, String value);
}
