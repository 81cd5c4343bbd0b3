package app.dealbrief.store.search;

import static app.dealbrief.store.search.NoteFixture.note;
import static org.assertj.core.api.Assertions.assertThat;

import app.dealbrief.domain.SearchHit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RankingAndSnippetTest {

    private static final String FILLER = "Routine sync about renewals, pricing and the quarterly business review. ";

    private SearchIndex index;

    @BeforeEach
    void fill() {
        index = SearchIndex.inMemory();
        index.rebuild(List.of(
                note("title").title("Stargate expansion plan").tags("sync").body(FILLER.repeat(6)).build(),
                note("body").title("Weekly sync").tags("sync").body(FILLER.repeat(3) + "Someone asked about Stargate. "
                        + FILLER.repeat(3)).build(),
                note("tag").title("Weekly sync two").tags("stargate", "sync").body(FILLER.repeat(6)).build(),
                note("long").title("Transcript").tags("call").body(FILLER.repeat(40) + "Then NVIDIA capacity came up: "
                        + "the capacity plan needs more NVIDIA racks. " + FILLER.repeat(40)).build())
                .iterator());
    }

    /** Every note has tags here, as in real vaults: a field few notes have gets a skewed IDF. */
    @Test
    void titleMatchBeatsTagWhichBeatsABodyMention() {
        List<SearchHit> hits = index.search("stargate", 10);
        assertThat(hits).extracting(SearchHit::noteId).containsExactly("title", "tag", "body");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(hits.get(1).score()).isGreaterThan(hits.get(2).score());
    }

    @Test
    void snippetIsShortPlainTextAroundTheDensestMatch() {
        String snippet = index.search("nvidia capacity", 1).get(0).snippet();
        assertThat(snippet.length()).isBetween(60, Snippets.WIDTH + 2);
        assertThat(snippet).startsWith("…").endsWith("…").contains("NVIDIA capacity came up");
    }

    @Test
    void snippetShowsWhereAllTheWordsMeetNotWhereOneRepeats() {
        index.rebuild(List.of(note("deep").title("Call").body("NVIDIA this, NVIDIA that, NVIDIA again. "
                + FILLER.repeat(200) + "Late in the call the Fairwater capacity for NVIDIA racks came up. "
                + FILLER.repeat(20)).build()).iterator());
        String snippet = index.search("nvidia fairwater", 1).get(0).snippet();
        assertThat(snippet).contains("Fairwater capacity for NVIDIA racks");
    }

    @Test
    void snippetFallsBackToTheStartOfTheBody() {
        String snippet = index.search("title:expansion", 1).get(0).snippet();
        assertThat(snippet).startsWith("Routine sync").endsWith("…");
        assertThat(snippet.length()).isLessThanOrEqualTo(Snippets.WIDTH + 1);
    }

    @Test
    void matchesGivesSpansOfQueryWordsPrefixesAndFoldedForms() {
        String text = "Met at the Café; NVIDIA capacity and Capacités.";
        List<int[]> spans = SearchIndex.matches(text, "cafe nvidia capac* -met");
        assertThat(spans).extracting(s -> text.substring(s[0], s[1]))
                .containsExactly("Café", "NVIDIA", "capacity", "Capacités");
    }

    @Test
    void matchesIsSafeOnAnything() {
        assertThat(SearchIndex.matches("", "x")).isEmpty();
        assertThat(SearchIndex.matches(null, "x")).isEmpty();
        assertThat(SearchIndex.matches("some text", "\"unbalanced (")).isEmpty();
        assertThat(SearchIndex.matches("some text", null)).isEmpty();
    }

    static Stream<Arguments> markdown() {
        return Stream.of(
                Arguments.of(
                        "# Head\n- **Bold** [[Microsoft|MSFT]] and [site](http://x)\n> quote", "Head Bold MSFT and site quote"),
                Arguments.of("- [ ] call Jeff\r\n- [x] send deck", "call Jeff send deck"),
                Arguments.of("1. first\n2) second\n#hashtag stays", "first second #hashtag stays"),
                Arguments.of("| a | b |\n|---|---|", "a b"),
                Arguments.of("| Term | Amount |\n| :--- | ---: |\n| Azure | $250B |", "Term Amount Azure $250B"),
                Arguments.of(
                        "`code` and ~~gone~~ [not a link] ![img](x.png) [[Oracle]]", "code and gone [not a link] img Oracle"),
                Arguments.of("a * b _c_ [[unclosed", "a * b _c_ [[unclosed"),
                Arguments.of("\n\n  \n", ""));
    }

    @ParameterizedTest
    @MethodSource("markdown")
    void markdownIsStrippedFromSnippets(String markdown, String plain) {
        assertThat(NoteDocs.plain(markdown)).isEqualTo(plain);
    }

    @Test
    void snippetMarksSayWhereTheWordsAreForBolding() {
        SearchHit hit = index.search("nvidia capacity", 1).get(0);
        assertThat(hit.marks()).isNotEmpty();
        assertThat(hit.marks()).extracting(m -> hit.snippet().substring(m.start(), m.end()).toLowerCase())
                .containsOnly("nvidia", "capacity");
    }

    @Test
    void noteTypeAndSourceAreFoundAsPlainWords() {
        index.rebuild(List.of(note("t").title("Call with Jeff").type("partner").source("transcript").body("Pricing.").build(),
                note("o").title("Other").body("Pricing.").build()).iterator());
        assertThat(index.search("transcript", 5)).extracting(SearchHit::noteId).containsExactly("t");
        assertThat(index.search("partner", 5)).extracting(SearchHit::noteId).containsExactly("t");
    }
}
