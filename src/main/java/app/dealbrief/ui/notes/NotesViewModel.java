package app.dealbrief.ui.notes;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.Latest;
import app.dealbrief.workspace.NoteLibrary;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** An account's notes (newest first, as the workspace gives them) and the note being read. */
public final class NotesViewModel {
    private final NoteLibrary workspace;
    private final Background background;
    private final DialogService dialogs;
    private final ObservableList<NoteSummary> notes = FXCollections.observableArrayList();
    // One wrapper, kept: a wrapper made per call is only weakly attached and its listeners vanish on GC.
    private final ObservableList<NoteSummary> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ReadOnlyObjectWrapper<Note> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper highlight = new ReadOnlyStringWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading = new javafx.beans.property.ReadOnlyBooleanWrapper();
    // Results of a slower, older request must not overwrite a newer one.
    private final Latest listRequest = new Latest();
    private final Latest noteRequest = new Latest();

    public NotesViewModel(NoteLibrary workspace, Background background, DialogService dialogs) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
    }

    /**
     * Lists an account's notes. The note open in the editor belongs to the account that was shown: it is
     * closed (its pending edit saved first), so typing never edits another account's note beside this list.
     */
    public void load(String account) {
        Latest.Ticket ticket = listRequest.next();
        notes.clear();
        noteRequest.cancel(); // a note still loading for the old account must not open after the switch
        selectedId.set(null);
        highlight.set(null);
        current.set(null);
        if (account == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        background.run(() -> workspace.notes(account), (List<NoteSummary> list) -> {
            if (ticket.isLatest()) {
                notes.setAll(list);
                loading.set(false);
            }
        }, e -> {
            if (ticket.isLatest()) {
                loading.set(false);
            }
            dialogs.error("Could not list the notes of " + account, e);
        });
    }

    /** True while a list is on its way: the list says "Loading…", not "No notes". */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Opens a note; {@code sentence} (may be null) is the evidence to highlight. */
    public void open(String id, String sentence) {
        if (id == null || id.equals(selectedId.get()) && current.get() != null && java.util.Objects.equals(sentence, highlight.get())) {
            return;
        }
        Latest.Ticket ticket = noteRequest.next();
        selectedId.set(id);
        background.run(() -> workspace.note(id).orElseThrow(
                () -> new DealBriefException("That note is no longer in the store.")), note -> {
            if (ticket.isLatest()) {
                highlight.set(sentence);
                current.set(note);
            }
        }, e -> dialogs.error("Could not open the note", e));
    }

    public ObservableList<NoteSummary> notes() {
        return notesView;
    }

    public ReadOnlyObjectProperty<Note> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty highlightProperty() {
        return highlight.getReadOnlyProperty();
    }
}
