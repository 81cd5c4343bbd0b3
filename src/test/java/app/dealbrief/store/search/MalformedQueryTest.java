package app.dealbrief.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedQueryTest extends SearchTestBase {

    /** Nasty input and the plain words it must behave like. */
    static Stream<Arguments> nasty() {
        return Stream.of(
                Arguments.of("\"nvidia capacity", "nvidia capacity"),
                Arguments.of("nvidia capacity\"", "nvidia capacity"),
                Arguments.of("nvidia \"capacity", "nvidia capacity"),
                Arguments.of("nvidia account:", "nvidia"),
                Arguments.of("account: nvidia", "nvidia"),
                Arguments.of("nvidia -", "nvidia"),
                Arguments.of("- nvidia", "nvidia"),
                Arguments.of("nvidia *", "nvidia"),
                Arguments.of("* nvidia **", "nvidia"),
                Arguments.of("*nvidia", "nvidia"),
                Arguments.of("AND nvidia OR", "nvidia"),
                Arguments.of("nvidia AND", "nvidia"),
                Arguments.of("OR OR nvidia", "nvidia"),
                Arguments.of("( nvidia", "nvidia"),
                Arguments.of("nvidia )", "nvidia"),
                Arguments.of("((nvidia))", "nvidia"),
                Arguments.of("nvidia person:\"jeff", "nvidia jeff"),
                Arguments.of("nvidia tag:\"", "nvidia"),
                Arguments.of("after:notadate nvidia", "nvidia"),
                Arguments.of("before:2025-13-45 nvidia", "nvidia"),
                Arguments.of("nvidia ~ ^ \\ / : ! ? [ ] { } && || + -- !!", "nvidia"),
                Arguments.of("nvidia~2 capacity^3", "nvidia 2 capacity 3"),
                Arguments.of("nvidia:", "nvidia"),
                Arguments.of("\"\" nvidia \"\"", "nvidia"),
                Arguments.of("nvidia NOT", "nvidia"),
                Arguments.of("nvidia \u0000 \t\n", "nvidia"),
                Arguments.of("nvidia — … ·", "nvidia"),
                Arguments.of("NVIDIA*?", "nvidia"));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("nasty")
    void searchesThePlainWords(String query, String plain) {
        assertThatCode(() -> index.search(query, 10)).doesNotThrowAnyException();
        assertThat(ids(query)).isEqualTo(ids(plain));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "\"", "\"\"", "-", "*", "**", "AND", "OR", "NOT", "(", ")", "account:",
            "person:\"", "after:", "before:x", "-\"\"", ":", "\\", "&&", "-*", "- -", "\u0000"})
    void nothingSearchableFindsNothing(String query) {
        assertThat(index.search(query, 10)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullAndHugeQueriesAreSafe() {
        assertThat(index.search(null, 10)).isEmpty();
        String huge = "nvidia ".repeat(5000) + "\"" + "(".repeat(1000);
        assertThatCode(() -> index.search(huge, 10)).doesNotThrowAnyException();
    }
}
