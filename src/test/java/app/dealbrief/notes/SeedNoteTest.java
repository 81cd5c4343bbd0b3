package app.dealbrief.notes;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.Section;
import app.dealbrief.domain.WikiLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real note the format was agreed on; read from the shared folder, never copied into the project. */
class SeedNoteTest {
    private static final Path SEED = Path.of("/work/shared/seed/000_827cf35f79331252.txt");
    private static Note note;

    @BeforeAll
    static void parseSeed() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "seed note not present at " + SEED);
        note = new NoteParser().parse(Files.readString(SEED, StandardCharsets.UTF_8), SEED.toString(), null);
    }

    @Test
    void headerFields() {
        assertThat(note.title()).isEqualTo("Microsoft AI capacity and VAST");
        assertThat(note.date()).isEqualTo(LocalDate.of(2025, 11, 12));
        assertThat(note.account()).isEqualTo("Microsoft");
        assertThat(note.type()).isEqualTo("customer");
        assertThat(note.source()).isEqualTo("transcript");
        assertThat(note.sourceRef()).isEqualTo("Inbox/_archive/2025-11-12/2025-11-12 - Announcements.md");
        assertThat(note.tags()).containsExactly("type/customer", "account/microsoft", "generated");
        assertThat(note.participants()).isEmpty();
        assertThat(note.warnings()).isEmpty();
        assertThat(note.frontMatter().keySet()).containsExactly("type", "title", "date", "account",
                "participants", "source", "source_ref", "tags");
    }

    @Test
    void summaryAndSevenKeyFacts() {
        Section summary = note.section("Summary").orElseThrow();
        assertThat(summary.blocks()).singleElement().satisfies(b ->
                assertThat(b.text()).startsWith("Notes summarize SemiAnalysis").endsWith("post-training data-plane needs."));
        Section key = note.section("Key Information").orElseThrow();
        assertThat(key.blocks()).filteredOn(b -> b.kind() == Section.Block.Kind.BULLET).hasSize(7);
        assertThat(key.blocks().get(2).text())
                .isEqualTo("Accelerator dependencies: Nvidia remains primary; MAIA lags; Microsoft may use OpenAI’s ASIC.");
        assertThat(key.blocks()).last().extracting(Section.Block::text)
                .isEqualTo("Source: 2025-11-12 - Announcements");
    }

    @Test
    void relatedLinks() {
        assertThat(note.section("Related").orElseThrow().blocks()).extracting(Section.Block::text)
                .containsExactly("OpenAI", "Oracle", "CoreWeave", "NVIDIA", "Fairwater");
        assertThat(note.links()).extracting(WikiLink::target).containsSubsequence(
                "OpenAI", "Oracle", "CoreWeave", "NVIDIA", "Fairwater");
        assertThat(note.links()).extracting(WikiLink::target).startsWith("Microsoft");
    }

    @Test
    void exportGivesTheFileBack() throws IOException {
        assertThat(NoteWriter.render(note)).isEqualTo(Files.readString(SEED, StandardCharsets.UTF_8));
    }
}
