package app.dealbrief.cli;

import app.dealbrief.workspace.DataDir;
import app.dealbrief.workspace.LogSetup;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command takes: where the data lives. */
final class StoreOptions {
    @Option(names = "--data-dir", paramLabel = "PATH",
            description = "Data folder (default: $DEALBRIEF_HOME, else the platform's app data folder).")
    String dataDir;

    Path dataDir() {
        return DataDir.resolve(dataDir);
    }

    Workspace open() {
        Path dir = dataDir();
        LogSetup.configure(dir);
        return Workspaces.open(dir);
    }
}
