package app.dealbrief.domain;

import java.time.LocalDate;

/**
 * An Obsidian task line: {@code - [ ] text @Owner 📅 2026-01-05 ⏫ #task}.
 *
 * @param owner    null when the line names none
 * @param due      null when the line names none
 * @param priority highest, high, medium, low, lowest, or null
 * @param noteId   the note it came from (null before the note is stored)
 */
public record ActionItem(String text, String owner, LocalDate due, String priority, State state,
                         String noteId, LocalDate noteDate) {
    public enum State { OPEN, DONE, QUESTION, CANCELLED }

    public boolean isOpen() {
        return state == State.OPEN || state == State.QUESTION;
    }

    public ActionItem withNote(String id, LocalDate date) {
        return new ActionItem(text, owner, due, priority, state, id, date);
    }
}
