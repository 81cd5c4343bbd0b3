package app.dealbrief.workspace;

import app.dealbrief.store.Database;

import java.nio.file.Path;

/** Opens the workspace on a data folder. */
public final class Workspaces {
    private Workspaces() {
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir}. Throws DealBriefException("DealBrief is already
     * open on <folder>") when another process holds the folder.
     */
    public static Workspace open(Path dataDir) {
        Database db = Database.open(dataDir);
        try {
            return new DefaultWorkspace(dataDir, db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Replaces the store with a verified backup; returns where the replaced store was saved. */
    public static Path restore(Path dataDir, Path backup) {
        return Database.restore(dataDir, backup);
    }

    /** As {@link #open}, and on the very first start of an empty store loads the bundled sample accounts once. */
    public static Workspace openWithSamples(Path dataDir) {
        Workspace w = open(dataDir);
        try {
            ((DefaultWorkspace) w).loadSamplesIfFirstStart();
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }
}
