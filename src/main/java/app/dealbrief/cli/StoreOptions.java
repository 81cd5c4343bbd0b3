package app.dealbrief.cli;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.workspace.DataDir;
import app.dealbrief.workspace.logging.LogSetup;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Options every command takes: where the data lives, and how to unlock it. */
final class StoreOptions {
    @Option(names = "--data-dir", paramLabel = "PATH",
            description = "Data folder (default: $DEALBRIEF_HOME, else the platform's app data folder).")
    String dataDir;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "File whose first line is the passphrase of an encrypted store (never give it on the command line).")
    Path passphraseFile;

    Path dataDir() {
        return DataDir.resolve(dataDir);
    }

    Workspace open() {
        Path dir = dataDir();
        LogSetup.configure(dir);
        return StoreOnExit.guard(Workspaces.open(dir, passphrase(dir)));
    }

    /** The passphrase from --passphrase-file, or null for an unencrypted store. */
    char[] passphrase(Path dir) {
        if (passphraseFile == null) {
            if (Workspaces.isEncrypted(dir)) {
                throw new DealBriefException("The store in " + dir + " is encrypted: give --passphrase-file FILE");
            }
            return null;
        }
        try {
            String text = Files.readString(passphraseFile, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("");
            if (first.isEmpty()) {
                throw new DealBriefException("The passphrase file " + passphraseFile + " is empty");
            }
            return first.toCharArray();
        } catch (IOException e) {
            throw new DealBriefException("Cannot read the passphrase file " + passphraseFile + ": " + e.getMessage(), e);
        }
    }
}
