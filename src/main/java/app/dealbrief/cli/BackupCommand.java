package app.dealbrief.cli;

import app.dealbrief.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", description = "Write a whole-store backup.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace w = store.open()) {
            w.backup(out);
            spec.commandLine().getOut().println("backed up to " + out.toAbsolutePath());
            return Cli.OK;
        }
    }
}
