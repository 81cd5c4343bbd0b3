package app.dealbrief.notes;

import app.dealbrief.domain.Note;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NoteWriterTest {
    private static final LocalDate DAY = LocalDate.of(2025, 11, 12);
    private final NoteParser parser = new NoteParser();

    @Test
    void fileNamesAreDatedAndSafe() {
        assertThat(NoteWriter.safeFileName(DAY, "Microsoft AI capacity")).isEqualTo("2025-11-12 - Microsoft AI capacity.md");
        assertThat(NoteWriter.safeFileName(null, "Plan")).isEqualTo("Plan.md");
        assertThat(NoteWriter.safeFileName(DAY, "Q3: a/b\\c*d?e\"f<g>h|i")).isEqualTo("2025-11-12 - Q3- a-b-c-d-e-f-g-h-i.md");
        assertThat(NoteWriter.safeFileName(null, "../../etc/passwd")).isEqualTo("-.-etc-passwd.md");
        assertThat(NoteWriter.safeFileName(null, "..")).isEqualTo("Untitled.md");
        assertThat(NoteWriter.safeFileName(null, ".hidden")).isEqualTo("hidden.md");
        assertThat(NoteWriter.safeFileName(null, "tab\there\u0000nul")).isEqualTo("tab here nul.md");
        assertThat(NoteWriter.safeFileName(null, "ends with dots... ")).isEqualTo("ends with dots.md");
        assertThat(NoteWriter.safeFileName(null, "   ")).isEqualTo("Untitled.md");
        assertThat(NoteWriter.safeFileName(null, null)).isEqualTo("Untitled.md");
    }

    @Test
    void windowsReservedNamesGetASuffix() {
        assertThat(NoteWriter.safeFileName(null, "CON")).isEqualTo("CON_.md");
        assertThat(NoteWriter.safeFileName(null, "lpt1.notes")).isEqualTo("lpt1_.notes.md");
        assertThat(NoteWriter.safeFileName(null, "Console")).isEqualTo("Console.md");
        assertThat(NoteWriter.safeFolderName("nul")).isEqualTo("nul_");
    }

    @Test
    void longTitlesAreCutTo120CharsWithoutBreakingEmoji() {
        String name = NoteWriter.safeFileName(DAY, "x".repeat(99) + "😀".repeat(20));
        assertThat(name).hasSizeLessThanOrEqualTo(120).endsWith(".md");
        assertThat(name.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 4))).isFalse();
    }

    @Test
    void folderNames() {
        assertThat(NoteWriter.safeFolderName("Microsoft")).isEqualTo("Microsoft");
        assertThat(NoteWriter.safeFolderName("AT&T / Mobility")).isEqualTo("AT&T - Mobility");
        assertThat(NoteWriter.safeFolderName(null)).isEqualTo("Unassigned");
    }

    @Test
    void renderReturnsTheOriginalTextExactly() {
        String text = "---\r\ntitle: x\r\nweird_key: { a: 1 }\r\n---\r\n# x\r\n";
        Note n = parser.parse(text, null, null);
        assertThat(NoteWriter.render(n)).isEqualTo(text);
    }

    @Test
    void editedNoteWritesKnownKeysFirstAndKeepsUnknownOnes() {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("custom", "kept");
        fm.put("tags", List.of("account/microsoft", "meeting"));
        fm.put("title", "Edited: a title");
        fm.put("date", DAY);
        fm.put("type", "customer");
        String out = NoteWriter.withFrontMatter(fm, "# Body\n- item\n");

        assertThat(out).startsWith("---\n").contains("\n---\n# Body\n- item\n");
        Note back = parser.parse(out, null, null);
        assertThat(back.frontMatter().keySet()).containsExactly("type", "title", "date", "tags", "custom");
        assertThat(back.title()).isEqualTo("Edited: a title");
        assertThat(back.date()).isEqualTo(DAY);
        assertThat(back.account()).isEqualTo("Microsoft");
        assertThat(back.frontMatter().get("custom")).isEqualTo("kept");
        assertThat(back.body()).isEqualTo("# Body\n- item\n");
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void crlfBodyGetsCrlfFrontMatter() {
        String out = NoteWriter.withFrontMatter(Map.of("title", "T"), "a\r\nb\r\n");
        assertThat(out).isEqualTo("---\r\ntitle: \"T\"\r\n---\r\na\r\nb\r\n");
    }

    @Test
    void noteWithoutTextIsBuiltFromItsFields() {
        Note parsed = parser.parse("---\ntitle: T\nsource_ref: x.md\nrating: 5\naccount: Acme\n---\nbody\n", null, null);
        Note fresh = new Note(null, parsed.account(), parsed.title(), DAY, "customer", null, "x.md",
                List.of("Ann"), List.of("deal"), null, null, parsed.frontMatter(), parsed.body(), parsed.sections(),
                parsed.links(), parsed.actionItems(), List.of());
        Note back = parser.parse(NoteWriter.render(fresh), null, null);
        assertThat(back.frontMatter().keySet()).containsExactly("type", "title", "date", "account", "participants",
                "source_ref", "tags", "rating");
        assertThat(back.frontMatter().get("rating")).isEqualTo(5);
        assertThat(back.participants()).containsExactly("Ann");
        assertThat(back.date()).isEqualTo(DAY);
        assertThat(back.body()).isEqualTo("body\n");
    }
}
