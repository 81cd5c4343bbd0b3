package app.dealbrief.store.search;

import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class QueryPropertyTest {

    private static SearchIndex index;

    @BeforeContainer
    static void open() {
        index = SearchIndex.inMemory();
        index.rebuild(SearchTestBase.corpus().iterator());
    }

    @AfterContainer
    static void close() {
        index.close();
    }

    @Property(tries = 2000)
    void anyStringIsSafe(@ForAll String query) {
        assertThatCode(() -> {
            index.search(query, 10);
            SearchIndex.matches("Nvidia capacity at the café", query);
        }).doesNotThrowAnyException();
    }

    @Property(tries = 3000)
    void queryLikeStringsAreSafe(@ForAll("queryish") String query) {
        assertThatCode(() -> index.search(query, 10)).doesNotThrowAnyException();
    }

    /** Strings built from the characters and words the parser treats specially. */
    @Provide
    Arbitrary<String> queryish() {
        return Arbitraries.of("\"", "-", "*", "(", ")", ":", " ", "AND", "OR", "NOT", "account:", "tag:",
                        "person:", "type:", "after:", "before:", "title:", "2025-11-01", "2025-13", "nvidia",
                        "café", "a", "capacity", "+", "!", "\\", "~", "^", "?", "[", "]", "{", "}", "/", "\u0000")
                .list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
