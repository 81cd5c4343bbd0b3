package app.dealbrief.cli;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.workspace.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "passphrase", description = "Encrypt the store with a passphrase, change it, or remove it.")
final class PassphraseCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @ArgGroup(multiplicity = "1")
    Change change;

    static final class Change {
        @Option(names = "--new-file", paramLabel = "FILE", description = "File whose first line is the new passphrase.")
        Path newFile;

        @Option(names = "--remove", description = "Remove the passphrase (decrypt the store).")
        boolean remove;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        char[] next = change.remove ? null : read(change.newFile);
        try (Workspace w = store.open()) {
            w.changePassphrase(next);
            spec.commandLine().getOut().println(next == null ? "the store is no longer encrypted"
                    : "the store is encrypted with the new passphrase");
            return Cli.OK;
        }
    }

    private static char[] read(Path file) {
        try {
            String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            return first.toCharArray();
        } catch (IOException e) {
            throw new DealBriefException("Cannot read the passphrase file " + file + ": " + e.getMessage(), e);
        }
    }
}
