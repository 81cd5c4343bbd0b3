package app.dealbrief.notes;

import app.dealbrief.domain.Note;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a vault holds, parsing returns a note with the text intact. */
class ParserPropertiesTest {
    private static final String SAMPLE = """
            ---
            type: "customer"
            title: "Sample"
            date: "2025-11-12"
            account: "[[Microsoft]]"
            tags: [account/microsoft, "#x"]
            ---
            # Sample
            **Date**: 2025-11-12
            **Attendees**: [[Ann|A]], Bob
            ## Key Information
            - fact with **bold** and [[OpenAI#Terms|alias]]
              - nested
            | a | [[b\\|c]] |
            |---|---|
            > [!note] quote
            ## Next Steps
            - [ ] task @Ann 📅 2026-01-05 ⏫ #task
            - plain step
            """;
    private static final List<String> PIECES = List.of("---", "...", "[[", "]]", "|", "#", "- [ ] ", "- [x] ", "**",
            "`", "```", "> ", "\n", "\r\n", "\uFEFF", "\u0000", "\uE000", "\uE001", "📅", "⏫", "@", ":", "{ {", "}}",
            "&a", "*", "_", "\\", "!", "[", "]", "(", ")", "<", ">", "\t", "    ", "1. ", "# ", "|---|", "\uD800");

    private final NoteParser parser = new NoteParser();

    @Property(tries = 300)
    void randomTextNeverThrows(@ForAll("noise") String text) {
        check(text);
    }

    @Property(tries = 300)
    void mutatedNotesNeverThrow(@ForAll("mutants") String text) {
        check(text);
    }

    private void check(String text) {
        Note n = parser.parse(text, "v/Accounts/X/n.md", "X");
        String expected = text.startsWith("\uFEFF") ? text.substring(1) : text;
        assertThat(n.text()).isEqualTo(expected);
        assertThat(n.account()).isNotBlank();
        assertThat(n.title()).isNotBlank();
        NoteWriter.render(n);
        NearDuplicates.fingerprint(n.body());
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().all().ofMaxLength(6));
        return piece.list().ofMaxSize(200).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, SAMPLE.length());
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 40);
        return Combinators.combine(at, cut, Arbitraries.of(PIECES), at).as((i, n, insert, j) -> {
            String s = SAMPLE.substring(0, i) + insert + SAMPLE.substring(Math.min(SAMPLE.length(), i + n));
            int k = Math.min(j, s.length());
            return s.substring(k) + s.substring(0, k); // rotate, so front matter lands anywhere
        });
    }
}
