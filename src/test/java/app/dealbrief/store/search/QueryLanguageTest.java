package app.dealbrief.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryLanguageTest extends SearchTestBase {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            capacity nvidia                                    | n1 n3
            nvidia AND capacity                                | n1 n3
            "spend commitment"                                 | n1 n4
            "commitment spend"                                 |
            'fair*'                                            | n1 n2
            account:microsoft                                  | n1 n4
            account:MICRO*                                     | n1 n4
            account:"core weave"                               |
            tag:customer                                       | n3 n1 n5
            tag:ai-infra                                       | n1
            type:transcript                                    | n1 n4
            type:partner                                       | n2
            person:"Jeff Denworth"                             | n1 n4
            person:"Denworth Jeff"                             |
            person:jeff                                        | n1 n4
            title:roadmap                                      | n2
            after:2025-11-12                                   | n3 n1
            after:2025-12                                      | n3
            before:2025-10-02                                  | n2 n4
            before:2025-10                                     | n2 n4
            after:2025-10-01 before:2025-11-30                 | n1 n2
            capacity -nvidia                                   | n4 n5
            capacity -"spend commitment"                       | n3 n5
            -account:microsoft                                 | n3 n2 n5
            NOT account:microsoft                              | n3 n2 n5
            maia OR mi450                                      | n4 n2
            capacity account:microsoft after:2025-10-01        | n1
            """)
    void operators(String query, String expected) {
        var want = expected == null ? new String[0] : expected.trim().split("\\s+");
        assertThat(ids(query)).containsExactlyInAnyOrder(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            account:microsoft         | n1 n4
            tag:customer              | n3 n1 n5
            after:2025-09-01          | n3 n1 n2 n4
            -tag:customer             | n2 n4
            — account:microsoft       | n1 n4
            """)
    void filtersAloneListNewestFirstAndUndatedLast(String query, String expected) {
        assertThat(ids(query)).containsExactly(expected.trim().split("\\s+"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cafe      | n3
            CAFÉ      | n3
            Café      | n3
            nvidia    | n1 n3
            NVIDIA    | n1 n3
            gb300     | n1
            """)
    void caseAndAccentsFold(String query, String expected) {
        assertThat(ids(query)).containsExactlyInAnyOrder(expected.trim().split("\\s+"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nvidia       | n1 n3
            fairwater    | n1 n2
            """)
    void plainWordsSearchEveryTextField(String query, String expected) {
        assertThat(ids(query)).containsExactlyInAnyOrder(expected.trim().split("\\s+"));
    }

    @org.junit.jupiter.api.Test
    void wordsMatchAccountTagsAndParticipantsToo() {
        assertThat(ids("oracle")).containsExactly("n2");
        assertThat(ids("ellison")).containsExactly("n2");
        assertThat(ids("sites")).contains("n5");
        assertThat(ids("a* nvidia")).containsExactlyInAnyOrderElementsOf(ids("a nvidia"));
    }
}
