package app.dealbrief.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WrapTest {
    @Test
    void linesNeverExceedTheWidth() {
        String text = "Microsoft’s “big pause” is over – they seek near-term capacity across self-build, leases "
                + "and neoclouds; a https://very.long/url/that/does/not/break/naturally/at/all/anywhere/ever too.";
        List<String> lines = Wrap.lines(text, 120, Face.REGULAR, 9, 99);
        assertThat(lines).hasSizeGreaterThan(3);
        for (String l : lines) {
            assertThat(Wrap.width(l, Face.REGULAR, 9)).as(l).isLessThanOrEqualTo(120);
        }
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void hyphenatedWordsBreakAfterTheHyphen() {
        String text = "Pitch accelerator-proof storage";
        float width = Wrap.width("Pitch accelerator-", Face.REGULAR, 9) + 1;
        assertThat(Wrap.width("Pitch accelerator-proof", Face.REGULAR, 9)).isGreaterThan(width);
        assertThat(Wrap.lines(text, width, Face.REGULAR, 9, 9)).containsExactly("Pitch accelerator-", "proof storage");
    }

    @Test
    void tooManyLinesEndInAnEllipsis() {
        List<String> lines = Wrap.lines("one two three four five six seven eight nine ten", 40, Face.BOLD, 9, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
        assertThat(Wrap.width(lines.get(1), Face.BOLD, 9)).isLessThanOrEqualTo(40);
    }

    @Test
    void missingGlyphsBecomeQuestionMarksOrFallback() {
        List<FontSet.Run> runs = FontSet.get().runs("Ab 山田 €", Face.REGULAR);
        String joined = runs.stream().map(FontSet.Run::text).reduce("", String::concat);
        assertThat(joined).startsWith("Ab ").endsWith(" €").hasSize(7);
        assertThat(joined.substring(3, 5)).isIn("山田", "??");
        assertThat(Wrap.fit("x\u0007y", 100, Face.REGULAR, 9)).isEqualTo("x\u0007y"); // drawn as a space
        assertThat(Wrap.clean("  a\n\tb  ")).isEqualTo("a b");
    }
}
