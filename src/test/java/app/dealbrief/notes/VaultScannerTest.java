package app.dealbrief.notes;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.ImportReport.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VaultScannerTest {
    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private static String reasonFor(VaultScanner.ScanResult r, Path p) {
        return r.rejected().stream().filter(x -> x.path().equals(p.toString())).map(Problem::reason)
                .findFirst().orElse(null);
    }

    @Test
    void walksFoldersSortedSkipsDotFoldersAndNamesAccountsFromAccountFolders() throws IOException {
        write("vault/Accounts/Microsoft/2025/b.md", "# B");
        write("vault/accounts/oracle/a.MD", "# A");
        write("vault/Customers/NVIDIA.md", "# directly under Customers: no account folder");
        write("vault/Notes/c.markdown", "# C");
        write("vault/.obsidian/workspace.md", "# hidden");
        write("vault/.trash/old.md", "# trashed");
        write("vault/Notes/image.png", "not markdown");

        VaultScanner.ScanResult r = VaultScanner.scan(List.of(dir.resolve("vault")));

        assertThat(r.rejected()).isEmpty();
        assertThat(r.files()).extracting(f -> dir.resolve("vault").relativize(f.path()).toString())
                .containsExactly("Accounts/Microsoft/2025/b.md", "Customers/NVIDIA.md", "Notes/c.markdown",
                        "accounts/oracle/a.MD");
        assertThat(r.files()).extracting(VaultScanner.SourceFile::folderAccount)
                .containsExactly("Microsoft", null, null, "oracle");
        assertThat(r.files().get(0).text()).isEqualTo("# B");
    }

    @Test
    void rejectsBadFilesWithReasonsAndKeepsTheRest() throws IOException {
        Path good = write("v/good.md", "# fine");
        Path empty = write("v/empty.md", new byte[0]);
        Path binary = write("v/binary.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path latin1 = write("v/latin1.md", "Caf\u00e9 notes".getBytes(StandardCharsets.ISO_8859_1));
        byte[] big = new byte[6 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        Path huge = write("v/huge.md", big);
        byte[] controls = new byte[100];
        Arrays.fill(controls, (byte) 1);
        Path control = write("v/control.md", controls);

        VaultScanner.ScanResult r = VaultScanner.scan(List.of(dir.resolve("v")));

        assertThat(r.files()).extracting(VaultScanner.SourceFile::path).containsExactly(good);
        assertThat(reasonFor(r, empty)).isEqualTo("empty file");
        assertThat(reasonFor(r, binary)).isEqualTo("binary file, not text");
        assertThat(reasonFor(r, control)).isEqualTo("binary file, not text");
        assertThat(reasonFor(r, latin1)).isEqualTo("not UTF-8 text");
        assertThat(reasonFor(r, huge)).isEqualTo("file is over 5 MB");
        assertThat(r.rejected()).hasSize(5);
    }

    @Test
    void symlinkLoopIsRejectedAndTheRestIsRead() throws IOException {
        Path note = write("v/sub/note.md", "# note");
        Path loop = Files.createSymbolicLink(dir.resolve("v/sub/back"), dir.resolve("v"));

        VaultScanner.ScanResult r = VaultScanner.scan(List.of(dir.resolve("v")));

        assertThat(r.files()).extracting(VaultScanner.SourceFile::path).containsExactly(note);
        assertThat(r.rejected()).containsExactly(new Problem(loop.toString(), "symlink loop"));
    }

    @Test
    void symlinkedFolderIsFollowedAndTheSameFileIsReadOnce() throws IOException {
        Path note = write("real/a.md", "# a");
        Files.createDirectories(dir.resolve("v"));
        Files.createSymbolicLink(dir.resolve("v/linked"), dir.resolve("real"));

        VaultScanner.ScanResult r = VaultScanner.scan(List.of(dir.resolve("v"), note));

        assertThat(r.files()).hasSize(1);
        assertThat(r.files().get(0).text()).isEqualTo("# a");
    }

    @Test
    void explicitFilesAreTakenOrRefused() throws IOException {
        Path md = write("Clients/Acme/x.md", "# x");
        Path txt = write("y.txt", "text");

        VaultScanner.ScanResult r = VaultScanner.scan(List.of(txt, md));

        assertThat(r.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(md);
            assertThat(f.folderAccount()).isEqualTo("Acme");
        });
        assertThat(r.rejected()).containsExactly(new Problem(txt.toString(), "not a markdown file"));
    }

    @Test
    void missingPathFailsBeforeAnythingIsRead() throws IOException {
        write("v/a.md", "# a");
        Path missing = dir.resolve("no-such-folder");

        assertThatThrownBy(() -> VaultScanner.scan(List.of(dir.resolve("v"), missing)))
                .isInstanceOf(DealBriefException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void unreadableFileIsRejected() throws IOException {
        Path p = write("v/locked.md", "# secret");
        p.toFile().setReadable(false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(p),
                "running as root: permissions do not stop reading");
        VaultScanner.ScanResult r = VaultScanner.scan(List.of(dir.resolve("v")));
        assertThat(reasonFor(r, p)).startsWith("cannot be read: ");
    }
}
