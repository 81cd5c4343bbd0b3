package app.dealbrief.workspace;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;

import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link KillDuringSaveTest}: opens the workspace and saves a growing text as fast as it
 * can, printing {@code SAVED n} after each save returned. The parent kills it at a random moment.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Workspace w = Workspaces.open(data);
        List<app.dealbrief.domain.NoteSummary> existing = w.notes("Durability");
        Note note = existing.isEmpty()
                ? w.createNote("Durability", new NoteDraft("Kill test", "2026-11-26", "", List.of(), List.of(), ""))
                : w.note(existing.get(0).id()).orElseThrow();
        StringBuilder text = new StringBuilder(note.text());
        for (int n = 1; ; n++) {
            text.append("word ").append(args[1]).append('-').append(n).append('\n');
            w.saveNote(note.id(), text.toString());
            System.out.println("SAVED " + n);
            System.out.flush();
        }
    }
}
