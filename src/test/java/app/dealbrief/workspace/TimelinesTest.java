package app.dealbrief.workspace;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.TermCategory;
import app.dealbrief.domain.TimelineEvent;
import app.dealbrief.domain.TimelineEvent.Kind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinesTest {
    private static NoteSummary note(String id, String title, String date, String duplicateOf) {
        return new NoteSummary(id, "Microsoft", title, date == null ? null : LocalDate.parse(date), "customer", null,
                null, duplicateOf, List.of());
    }

    private static ActionItem action(String text, String due, String noteId) {
        return new ActionItem(text, null, due == null ? null : LocalDate.parse(due), null, ActionItem.State.OPEN,
                noteId, null);
    }

    private static PartnershipTerm term(String agreement, String text, Integer year, String noteId, String noteDate) {
        return new PartnershipTerm(agreement, List.of("Microsoft", "OpenAI"), TermCategory.OTHER, text, null, null, year,
                false, noteId, LocalDate.parse(noteDate), text, 1);
    }

    @Test
    void eventsAreSortedOldestFirstAcrossKinds() {
        List<TimelineEvent> t = Timelines.build(
                List.of(note("b", "Readout", "2025-10-30", null), note("a", "Capacity review", "2025-07-15", null),
                        note("u", "Undated scrap", null, null)),
                List.of(action("Send benchmark", "2025-11-20", "b"), action("No date", null, "b")),
                List.of(term("Oct 28 agreement", "IP rights extended to 2032", 2032, "b", "2025-10-30"),
                        term("Oct 28 agreement", "Azure exclusivity", null, "b", "2025-10-30")));
        assertThat(t).extracting(TimelineEvent::kind, TimelineEvent::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.NOTE, "Capacity review"),
                org.assertj.core.groups.Tuple.tuple(Kind.NOTE, "Readout"),
                org.assertj.core.groups.Tuple.tuple(Kind.AGREEMENT, "Oct 28 agreement"),
                org.assertj.core.groups.Tuple.tuple(Kind.DEADLINE, "Send benchmark"),
                org.assertj.core.groups.Tuple.tuple(Kind.TERM, "IP rights extended to 2032"));
        TimelineEvent ip = t.get(4);
        assertThat(ip.precision()).isEqualTo(TimelineEvent.Precision.YEAR);
        assertThat(ip.date()).isEqualTo(LocalDate.of(2032, 1, 1));
        assertThat(ip.noteTitle()).isEqualTo("Readout");
    }

    @Test
    void nearDuplicateNotesAndWhatTheyRepeatAreOneEvent() {
        List<TimelineEvent> t = Timelines.build(
                List.of(note("copy2", "Readout (copy)", "2025-10-30", "first"), note("first", "Readout", "2025-10-30", null),
                        note("copy1", "Readout v2", "2025-10-30", "first")),
                List.of(action("Send  benchmark", "2025-11-20", "first"), action("send benchmark", "2025-11-20", "copy1")),
                List.of());
        assertThat(t).hasSize(2);
        TimelineEvent meeting = t.get(0);
        assertThat(meeting.kind()).isEqualTo(Kind.NOTE);
        assertThat(meeting.text()).isEqualTo("Readout");
        assertThat(meeting.noteId()).isEqualTo("first");
        assertThat(meeting.copies()).isEqualTo(3);
        TimelineEvent due = t.get(1);
        assertThat(due.copies()).isEqualTo(2);
        assertThat(due.noteId()).as("points at the group's first note").isEqualTo("first");
    }

    @Test
    void anAgreementSitsWhereItWasFirstMentioned() {
        List<TimelineEvent> t = Timelines.build(List.of(), List.of(),
                List.of(term("Stargate", "10 GW planned", null, "n2", "2025-11-01"),
                        term("Stargate", "$500B over four years", null, "n1", "2025-01-21")));
        assertThat(t).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.AGREEMENT);
            assertThat(e.date()).isEqualTo("2025-01-21");
            assertThat(e.noteId()).isEqualTo("n1");
        });
    }
}
