package app.dealbrief.notes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskLinesTest {
    private static final String NOTE = "---\ntitle: x\n---\r\n# Sync\r\n- [ ] Send the deck @Dana 📅 2026-01-05\r\n"
            + "  - [/] Draft pilot plan\r\n1. [?] Offer a second site\r\n- [ ] send the deck to legal\r\n";

    @Test
    void ticksOnlyTheMatchingLineAndKeepsEverythingElse() {
        TaskLines.Change c = TaskLines.setStatus(NOTE, "Send the deck", 'x');
        assertThat(c.previous()).isEqualTo(' ');
        assertThat(c.text()).isEqualTo(NOTE.replace("- [ ] Send the deck @Dana", "- [x] Send the deck @Dana"));
        assertThat(TaskLines.setStatus(NOTE, "Draft pilot plan", 'x').text()).contains("  - [x] Draft pilot plan\r\n");
        assertThat(TaskLines.setStatus(NOTE, "Offer a second site", 'x').previous()).isEqualTo('?');
    }

    @Test
    void anItemNoLongerInTheNoteChangesNothing() {
        assertThat(TaskLines.setStatus(NOTE, "Book the venue", 'x')).isNull();
        assertThat(TaskLines.setStatus("Send the deck", "Send the deck", 'x')).as("plain text is no task").isNull();
    }
}
