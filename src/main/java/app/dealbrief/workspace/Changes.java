package app.dealbrief.workspace;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the services tell each other when the store changes: data derived from the notes (briefings) listen
 * for "notes changed" and drop what they built; the session asks "did anything change" before its backup.
 */
final class Changes {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean stored;

    /** Called on every {@link #notesChanged} and {@link #inputsChanged}, on the changing thread. */
    void onNotesChanged(Runnable listener) {
        listeners.add(listener);
    }

    /** Notes were added, edited, moved or removed: the store changed and everything derived is stale. */
    void notesChanged() {
        stored = true;
        fire();
    }

    /** Something briefings are built from besides the notes changed (settings, the owner guess). */
    void inputsChanged() {
        fire();
    }

    /** The store changed in a way that derived data tracks by itself (a correction, a pitch status). */
    void storeChanged() {
        stored = true;
    }

    /** Whether the store changed since it was opened: a reason for a backup at close. */
    boolean stored() {
        return stored;
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
