package app.dealbrief.ui.briefing;

/** Where a click on a fact leads: its note (with the sentence to highlight) or another account. */
public interface Navigator {
    void openNote(String noteId, String sentence);

    void openAccount(String name);
}
