package app.dealbrief.domain;

import java.time.LocalDate;

/**
 * An Obsidian task line: {@code - [ ] text @Owner 📅 2026-01-05 ⏫ #task}.
 *
 * @param owner    null when the line names none
 * @param due      null when the line names none
 * @param priority highest, high, medium, low, lowest, or null
 * @param noteId   the note it came from (null before the note is stored)
 * @param copies   how many distinct notes state the item (copies of one meeting count once)
 */
public record ActionItem(String text, String owner, LocalDate due, String priority, State state,
                         String noteId, LocalDate noteDate, int copies) {
    /** Obsidian Tasks statuses: {@code [ ]} open, {@code [/]} in progress, {@code [?]} proposed, {@code [x]}, {@code [-]}. */
    public enum State {
        OPEN("open"), DONE("done"), QUESTION("proposed"), CANCELLED("cancelled"), IN_PROGRESS("in-progress");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** The contract's word: open, in-progress, proposed, done, cancelled. */
        public String label() {
            return label;
        }
    }

    public ActionItem(String text, String owner, LocalDate due, String priority, State state, String noteId,
                      LocalDate noteDate) {
        this(text, owner, due, priority, state, noteId, noteDate, 1);
    }

    public boolean isOpen() {
        return state == State.OPEN || state == State.QUESTION || state == State.IN_PROGRESS;
    }

    public ActionItem withNote(String id, LocalDate date) {
        return new ActionItem(text, owner, due, priority, state, id, date, copies);
    }

    public ActionItem withCopies(int n) {
        return new ActionItem(text, owner, due, priority, state, noteId, noteDate, n);
    }
}
