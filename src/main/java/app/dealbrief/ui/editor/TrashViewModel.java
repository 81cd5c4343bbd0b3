package app.dealbrief.ui.editor;

import app.dealbrief.domain.NoteSummary;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.workspace.Editing;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Notes in the trash: restore one, or empty the trash after a confirmation. */
public final class TrashViewModel {
    private final Editing workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Runnable onChanged;
    private final ObservableList<NoteSummary> notes = FXCollections.observableArrayList();

    /** {@code onChanged} runs after a restore or an emptying (lists elsewhere refresh). */
    public TrashViewModel(Editing workspace, Background background, DialogService dialogs, Runnable onChanged) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.onChanged = onChanged;
    }

    public void load() {
        background.run(workspace::trash, notes::setAll, e -> dialogs.error("Could not list the trash", e));
    }

    public void restore(NoteSummary n) {
        if (n == null) {
            return;
        }
        background.run(() -> {
            workspace.restoreNote(n.id());
            return workspace.trash();
        }, list -> {
            notes.setAll(list);
            onChanged.run();
        }, e -> dialogs.error("Could not restore the note", e));
    }

    public void emptyTrash() {
        if (notes.isEmpty()) {
            return;
        }
        int n = notes.size();
        if (!dialogs.confirm("Empty trash", "Delete " + n + (n == 1 ? " note" : " notes")
                + " in the trash for good? This cannot be undone.", "Delete for good")) {
            return;
        }
        background.run(() -> {
            workspace.emptyTrash();
            return workspace.trash();
        }, list -> {
            notes.setAll(list);
            onChanged.run();
        }, e -> dialogs.error("Could not empty the trash", e));
    }

    public ObservableList<NoteSummary> notes() {
        return FXCollections.unmodifiableObservableList(notes);
    }
}
