package app.dealbrief.workspace;

import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.notes.VaultScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Copies of one text share a reading, but each file is still its own note: name, date and folder its own. */
class CopiesTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    private static final String TEXT = """
            Met the infrastructure team about [[Checkpoint Storage]].

            - NVIDIA remains primary.
            """;

    @Test
    void eachCopyTakesItsTitleDateAndAccountFromItsOwnFileAndFolder() throws Exception {
        write("Clients/Acme/2025-03-04 Capacity sync.md", TEXT);
        write("_archive/Clients/Beta/2025-05-06 Old sync.md", TEXT);
        write("Clients/Acme/2025-03-05 Other.md", TEXT.replace("primary", "secondary"));
        try (Workspace w = Workspaces.open(data)) {
            ImportReport r = w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(r.imported()).isEqualTo(3);
            List<NoteSummary> acme = w.notes("Acme");
            List<NoteSummary> beta = w.notes("Beta");
            assertThat(acme).extracting(NoteSummary::title)
                    .containsExactlyInAnyOrder("2025-03-04 Capacity sync", "2025-03-05 Other");
            assertThat(beta).singleElement().satisfies(n -> {
                assertThat(n.title()).isEqualTo("2025-05-06 Old sync");
                assertThat(n.date()).hasToString("2025-05-06");
                assertThat(n.path()).endsWith("Old sync.md");
            });
            assertThat(w.note(beta.get(0).id()).orElseThrow().links())
                    .anySatisfy(l -> assertThat(l.target()).isEqualTo("Checkpoint Storage"));
        }
    }

    @Test
    void aReadingIsKeptOnlyWhileAFileOfItsSizeIsStillToCome() throws Exception {
        Path a = write("a.md", "same text");
        Path b = write("b.md", "same text");
        Path c = write("c.md", "other text, longer");
        List<VaultScanner.Found> files = VaultScanner.list(List.of(vault)).files();
        Copies copies = new Copies(files);
        Copies.Reading[] read = new Copies.Reading[1];
        var parser = new app.dealbrief.notes.NoteParser();
        for (VaultScanner.Found f : files) {
            String text = Files.readString(f.path());
            Copies.Reading r = copies.reading(f, Importer.sha256(text), () -> new Copies.Reading(parser.read(text), 1L));
            if (f.path().equals(b)) {
                assertThat(r).isSameAs(read[0]); // the copy reuses a.md's reading
            }
            if (f.path().equals(a)) {
                read[0] = r;
                copies.done(f);
                assertThat(copies.kept()).isEqualTo(1);
                continue;
            }
            copies.done(f);
            if (f.path().equals(c)) {
                assertThat(copies.kept()).isZero(); // nothing kept for a size no file shares
            }
        }
        assertThat(copies.kept()).isZero();
    }

    private Path write(String rel, String text) throws Exception {
        Path p = vault.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }
}
