package app.dealbrief.ui.search;

import java.time.LocalDate;

/** Something quick open can jump to: an account, or a note (with its account). */
public record QuickOpenItem(Kind kind, String label, String account, String noteId, LocalDate date) {
    public enum Kind { ACCOUNT, NOTE }

    public static QuickOpenItem account(String name) {
        return new QuickOpenItem(Kind.ACCOUNT, name, name, null, null);
    }

    public static QuickOpenItem note(String id, String account, String title, LocalDate date) {
        return new QuickOpenItem(Kind.NOTE, title == null || title.isBlank() ? "(untitled)" : title, account, id, date);
    }
}
