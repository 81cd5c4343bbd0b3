package app.dealbrief.insight;

import app.dealbrief.domain.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClustersTest {
    private static final String CALL = "Halvard confirmed training on GB300 racks. Storage grows to 80 PB next year. "
            + "They want one namespace across both sites and a pilot in March.";

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Inbox/2025-11-12 - Call.md        | 2025-11-12 - Call
            Inbox/2025-11-12 - Call (2).md    | 2025-11-12 - Call
            _archive/2025-11-12 - Call 3f9a.md | 2025-11-12 - Call
            Inbox/Call with Halvard-20251112.md | Call with Halvard
            """)
    void copyMarkersAreNotPartOfTheStem(String ref, String stem) {
        assertThat(Clusters.stem(ref)).isEqualTo(Clusters.stem(stem));
    }

    @Test
    void aCopySavedADayLaterIsTheSameMeetingButNextWeeksSyncIsNot() {
        Note a = NoteFixture.note(CALL).id("a").date("2025-11-12").build();
        Note b = NoteFixture.note(CALL + " Jordan sends sizing.").id("b").date("2025-11-13").build();
        Note next = NoteFixture.note("Halvard weekly: the pilot slipped to April; legal still reviews the MSA.")
                .id("c").date("2025-11-19").build();
        List<Note> notes = Extras.newestFirst(List.of(withRef(a, "Inbox/Halvard sync.md"), withRef(b, "Inbox/Halvard sync (2).md"),
                withRef(next, "Inbox/Halvard sync.md")));
        assertThat(Clusters.of(notes)).extracting(c -> c.members().size()).containsExactlyInAnyOrder(2, 1);
    }

    private static Note withRef(Note n, String ref) {
        return new Note(n.id(), n.account(), n.title(), n.date(), n.type(), n.source(), ref, n.participants(), n.tags(),
                n.path(), n.text(), n.frontMatter(), n.body(), n.sections(), n.links(), n.actionItems(), n.warnings());
    }
}
