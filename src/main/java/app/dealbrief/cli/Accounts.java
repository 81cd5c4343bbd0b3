package app.dealbrief.cli;

import app.dealbrief.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Optional;

/** Account lookup shared by the commands that take an ACCOUNT: case-insensitive, with a clear message. */
final class Accounts {
    private Accounts() {
    }

    static Optional<String> resolve(Workspace w, String name, CommandSpec spec) {
        Optional<String> found = w.findAccount(name);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("dealbrief: no account named \"" + name
                    + "\" in " + w.dataDir() + " (see: dealbrief accounts)");
        }
        return found;
    }
}
