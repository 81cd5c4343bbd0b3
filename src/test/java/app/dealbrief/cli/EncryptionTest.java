package app.dealbrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A stolen laptop gives up nothing: an encrypted data folder holds no note text in the clear. */
class EncryptionTest {
    private static final String PHRASE = "Zanzibar-quokka-telemetry";

    @TempDir
    Path data;
    @TempDir
    Path outside;

    @Test
    void anEncryptedDataFolderHoldsNoPlaintextAndNeedsThePassphrase() throws Exception {
        Path note = outside.resolve("secret.md");
        Files.writeString(note, "---\naccount: Lambda\ntitle: Private sync\ndate: 2025-10-01\n---\n\n"
                + "## Key Information\n- The code name is " + PHRASE + " for the 300 MW site.\n");
        Path pass = passFile("correct horse battery");
        assertThat(CliRun.of(data, "import", note.toString()).code()).isZero();
        assertThat(CliRun.of(data, "search", "code", "name").out()).contains("Private sync");
        assertThat(filesContaining(PHRASE)).as("before encryption the store holds the text").isNotEmpty();

        CliRun set = CliRun.of(data, "passphrase", "--new-file", pass.toString());
        assertThat(set.code()).as(set.err()).isZero();

        // Use the encrypted store the way a user would, then look at every byte left on disk.
        assertThat(CliRun.of(data, "search", PHRASE, "--passphrase-file", pass.toString()).out()).contains("Private sync");
        assertThat(CliRun.of(data, "brief", "lambda", "--passphrase-file", pass.toString()).code()).isZero();
        assertThat(CliRun.of(data, "backup", "--out", data.resolve("backups/manual.zip").toString(),
                "--passphrase-file", pass.toString()).code()).isZero();
        assertThat(filesContaining(PHRASE)).isEmpty();
        assertThat(filesContaining("Private sync")).isEmpty();

        CliRun locked = CliRun.of(data, "accounts");
        assertThat(locked.code()).isEqualTo(1);
        assertThat(locked.err()).contains("encrypted").contains("--passphrase-file");
    }

    @Test
    void aWrongPassphraseSaysSoAndTouchesNothing() throws Exception {
        Path note = outside.resolve("n.md");
        Files.writeString(note, "---\naccount: Lambda\n---\n# N\n\nText.\n");
        CliRun.of(data, "import", note.toString());
        Path pass = passFile("right passphrase");
        CliRun.of(data, "passphrase", "--new-file", pass.toString());
        byte[] before = Files.readAllBytes(data.resolve("db/dealbrief.mv.db"));

        CliRun wrong = CliRun.of(data, "accounts", "--passphrase-file", passFile("wrong passphrase").toString());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("Wrong passphrase");
        assertThat(Files.readAllBytes(data.resolve("db/dealbrief.mv.db"))).isEqualTo(before);
        assertThat(CliRun.of(data, "accounts", "--passphrase-file", pass.toString()).out()).contains("Lambda");
    }

    @Test
    void thePassphraseCanBeChangedAndRemoved() throws Exception {
        Path note = outside.resolve("n.md");
        Files.writeString(note, "---\naccount: Crusoe\n---\n# N\n\nText.\n");
        CliRun.of(data, "import", note.toString());
        Path first = passFile("first passphrase");
        Path second = passFile("second passphrase");
        assertThat(CliRun.of(data, "passphrase", "--new-file", first.toString()).code()).isZero();
        assertThat(CliRun.of(data, "passphrase", "--new-file", second.toString(), "--passphrase-file", first.toString()).code()).isZero();
        assertThat(CliRun.of(data, "accounts", "--passphrase-file", first.toString()).code()).isEqualTo(1);
        assertThat(CliRun.of(data, "accounts", "--passphrase-file", second.toString()).out()).contains("Crusoe");
        assertThat(CliRun.of(data, "passphrase", "--remove", "--passphrase-file", second.toString()).code()).isZero();
        assertThat(CliRun.of(data, "accounts").out()).contains("Crusoe");
    }

    @Test
    void aShortPassphraseIsRefusedWithAReason() throws Exception {
        CliRun run = CliRun.of(data, "passphrase", "--new-file", passFile("short").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("at least 8 characters");
        assertThat(CliRun.of(data, "accounts").code()).isZero();
    }

    private Path passFile(String passphrase) throws Exception {
        Path p = Files.createTempFile(outside, "pass", ".txt");
        Files.writeString(p, passphrase + "\n");
        return p;
    }

    private List<Path> filesContaining(String phrase) throws Exception {
        byte[] needle = phrase.getBytes(StandardCharsets.UTF_8);
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (indexOf(Files.readAllBytes(f), needle) >= 0 || zipContains(f, needle)) {
                    hits.add(f);
                }
            }
        }
        return hits;
    }

    private static boolean zipContains(Path f, byte[] needle) {
        if (!f.toString().endsWith(".zip")) {
            return false;
        }
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(f))) {
            while (zip.getNextEntry() != null) {
                if (indexOf(zip.readAllBytes(), needle) >= 0) {
                    return true;
                }
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
