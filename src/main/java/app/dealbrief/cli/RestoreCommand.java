package app.dealbrief.cli;

import app.dealbrief.workspace.logging.LogSetup;
import app.dealbrief.workspace.Workspaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", description = "Replace the store with a backup (the current store is backed up first).")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = store.dataDir();
        LogSetup.configure(dir);
        Path saved = Workspaces.restore(dir, file, Workspaces.isEncrypted(dir) ? store.passphrase(dir) : null);
        spec.commandLine().getOut().println("restored " + file.toAbsolutePath() + "; the previous store is kept at " + saved);
        return Cli.OK;
    }
}
