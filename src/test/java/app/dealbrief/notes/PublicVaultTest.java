package app.dealbrief.notes;

import app.dealbrief.domain.Note;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** kepano's public Obsidian vault: real-world front matter, templates and embeds. Read in place, never copied. */
class PublicVaultTest {
    private static final Path VAULT = Path.of("/work/shared/vaults/kepano-obsidian");

    @Test
    void everyNoteScansAndParses() {
        assumeTrue(Files.isDirectory(VAULT), "public vault not present at " + VAULT);
        VaultScanner.ScanResult scan = VaultScanner.scan(List.of(VAULT));
        assertThat(scan.rejected()).isEmpty();
        assertThat(scan.files()).hasSizeGreaterThan(90);

        NoteParser parser = new NoteParser();
        List<Note> notes = new ArrayList<>();
        for (VaultScanner.SourceFile f : scan.files()) {
            Note n = parser.parse(f.text(), f.path().toString(), f.folderAccount());
            assertThat(n.text()).as(f.path().toString()).isEqualTo(f.text());
            assertThat(n.title()).as(f.path().toString()).isNotBlank();
            notes.add(n);
        }
        Note meeting = find(notes, "2023-09-12 Meeting with Steph.md");
        assertThat(meeting.title()).isEqualTo("2023-09-12 Meeting with Steph");
        assertThat(meeting.date()).isEqualTo("2023-09-12");
        // unfilled {{date}} templates are flagged for repair, not refused
        Note template = find(notes, "Book Template.md");
        assertThat(template.warnings()).singleElement().asString().startsWith("front matter needs repair: ");
        // embeds of .base views are attachments, not links to notes
        assertThat(notes).flatExtracting(Note::links).noneMatch(l -> l.target().endsWith(".base"));
    }

    private static Note find(List<Note> notes, String fileName) {
        return notes.stream().filter(n -> n.path().endsWith("/" + fileName)).findFirst().orElseThrow();
    }
}
