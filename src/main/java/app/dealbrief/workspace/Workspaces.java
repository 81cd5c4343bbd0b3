package app.dealbrief.workspace;

import app.dealbrief.store.Database;
import app.dealbrief.store.StoreKey;

import java.nio.file.Path;

/** Opens the workspace on a data folder. */
public final class Workspaces {
    private Workspaces() {
    }

    /** The newest backup in the data folder's backups/, or null. */
    public static Path newestBackup(Path dataDir) {
        return Database.newestBackup(dataDir);
    }

    /** Whether a failure to open was a damaged store file (nothing was changed; a backup may help). */
    public static boolean isDamagedStore(Throwable t) {
        return t instanceof Database.DamagedException;
    }

    /** Whether a failure to open was another DealBrief (window or command) holding the store. */
    public static boolean isInUse(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Database.InUseException) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failure to open was a wrong passphrase (the store was not touched). */
    public static boolean isWrongPassphrase(Throwable t) {
        return t instanceof StoreKey.WrongPassphraseException;
    }

    /**
     * A workspace for a window built while the store is still opening: each call goes to the one
     * {@code opened} returns, and fails with "not open yet" while that is null. Calls made through a single
     * worker queued behind the open always find it.
     */
    public static Workspace whenOpen(java.util.function.Supplier<Workspace> opened) {
        return (Workspace) java.lang.reflect.Proxy.newProxyInstance(Workspace.class.getClassLoader(),
                new Class<?>[] {Workspace.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "Workspace (opening)";
                        };
                    }
                    Workspace w = opened.get();
                    if (w == null) {
                        throw new app.dealbrief.domain.DealBriefException("The store is not open yet.");
                    }
                    try {
                        return method.invoke(w, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Whether the store in {@code dataDir} needs a passphrase (reads one small file). */
    public static boolean isEncrypted(Path dataDir) {
        return StoreKey.isEncrypted(dataDir);
    }

    /**
     * Opens (creating if needed) an unencrypted store in {@code dataDir}. Throws DealBriefException
     * ("DealBrief is already open on <folder>") when another process holds the folder.
     */
    public static Workspace open(Path dataDir) {
        return open(dataDir, null);
    }

    /**
     * Opens the store with its passphrase (null for an unencrypted store). A wrong passphrase throws
     * {@link StoreKey.WrongPassphraseException} and touches nothing.
     */
    public static Workspace open(Path dataDir, char[] passphrase) {
        StoreKey key = passphrase == null ? null : StoreKey.unlock(dataDir, passphrase);
        Database db = Database.open(dataDir, key);
        try {
            return new DefaultWorkspace(dataDir, db, key);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Readies the store's engine, and with {@code briefing} the note parser and extractor, and with
     * {@code sheets} the PDF renderer, on a background thread while the caller goes on: call it first
     * thing in a start that will open the store. Only the first call counts; harmless when never called.
     */
    public static void warmUp(boolean briefing, boolean sheets) {
        Warmup.start(briefing, sheets);
    }

    /** Replaces the store with a verified backup; returns where the replaced store was saved. */
    public static Path restore(Path dataDir, Path backup, char[] passphrase) {
        StoreKey key = passphrase == null ? null : StoreKey.unlock(dataDir, passphrase);
        return Database.restore(dataDir, backup, key);
    }

    public static Path restore(Path dataDir, Path backup) {
        return restore(dataDir, backup, null);
    }

    /** As {@link #open}, and on the very first start of an empty store loads the bundled sample accounts once. */
    public static Workspace openWithSamples(Path dataDir, char[] passphrase) {
        Workspace w = open(dataDir, passphrase);
        try {
            ((DefaultWorkspace) w).loadSamplesIfFirstStart();
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    public static Workspace openWithSamples(Path dataDir) {
        return openWithSamples(dataDir, null);
    }
}
