package app.dealbrief.ui;

import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.WorkspaceContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The contract against the fake the UI tests use, with its demo accounts in place. */
class FakeWorkspaceContractTest extends WorkspaceContract {
    @TempDir
    Path out;

    @Override
    protected Workspace open() {
        return new FakeWorkspace(out);
    }

    @Override
    protected Path scratch() {
        return out;
    }
}
