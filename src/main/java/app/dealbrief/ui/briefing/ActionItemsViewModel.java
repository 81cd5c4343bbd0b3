package app.dealbrief.ui.briefing;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.workspace.Editing;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Ticking an action item where the briefing shows it: the item's line in its note becomes {@code [x]} (a
 * saved revision, so History shows it), the briefing is built again, and the last tick can be undone,
 * which puts back the status the line had.
 */
public final class ActionItemsViewModel {
    /** The last ticked item and the status its line had before. */
    private record Ticked(ActionItem item, char previous) {
    }

    private final Editing workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Runnable reload;
    private final ReadOnlyObjectWrapper<Ticked> last = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    ActionItemsViewModel(Editing workspace, Background background, DialogService dialogs, Runnable reload) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.reload = reload;
    }

    /** Marks the item done in its note. */
    public void markDone(ActionItem a) {
        if (a.noteId() == null) {
            return;
        }
        background.run(() -> workspace.setActionItemStatus(a.noteId(), a.text(), 'x'), previous -> {
            if (previous.isEmpty()) {
                message.set("“" + a.text() + "” is no longer in its note.");
                last.set(null);
            } else {
                message.set("Done: “" + a.text() + "”");
                last.set(new Ticked(a, previous.get()));
            }
            reload.run();
        }, e -> dialogs.error("Could not mark “" + a.text() + "” done", e));
    }

    /** Puts the last ticked item's status back. */
    public void undo() {
        Ticked t = last.get();
        if (t == null) {
            return;
        }
        background.run(() -> workspace.setActionItemStatus(t.item().noteId(), t.item().text(), t.previous()), p -> {
            last.set(null);
            message.set("");
            reload.run();
        }, e -> dialogs.error("Could not undo", e));
    }

    public boolean canUndo() {
        return last.get() != null;
    }

    public ReadOnlyObjectProperty<?> undoableProperty() {
        return last.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void clear() {
        last.set(null);
        message.set("");
    }
}
