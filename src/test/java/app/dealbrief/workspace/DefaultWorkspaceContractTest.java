package app.dealbrief.workspace;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The contract against the real workspace on an empty data folder. */
class DefaultWorkspaceContractTest extends WorkspaceContract {
    @TempDir
    Path data;
    @TempDir
    Path out;

    @Override
    protected Workspace open() {
        return Workspaces.open(data);
    }

    @Override
    protected Path scratch() {
        return out;
    }
}
