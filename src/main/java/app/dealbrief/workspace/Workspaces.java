package app.dealbrief.workspace;

import java.nio.file.Path;

/** Opens the workspace on a data folder. */
public final class Workspaces {
    private Workspaces() {
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir}. On the very first start of an empty store it
     * loads the bundled sample accounts once. Throws DealBriefException("DealBrief is already open on
     * <folder>") when another process holds the folder.
     */
    public static Workspace open(Path dataDir) {
        throw new UnsupportedOperationException("store not wired yet");
    }
}
