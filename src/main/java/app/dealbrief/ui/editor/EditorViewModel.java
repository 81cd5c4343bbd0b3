package app.dealbrief.ui.editor;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.Revision;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.workspace.LineDiff;
import app.dealbrief.workspace.Editing;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The note being edited: form fields, body, save state and history.
 *
 * <p>Saves go through the single background worker in the order they were asked for, each with a snapshot
 * of the fields, so switching notes or closing never loses the text being typed. The status says "Saved"
 * only after the workspace returned, i.e. after the commit is on disk, and only if nothing was typed since.
 */
public final class EditorViewModel {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    public static final String UNSAVED = "Unsaved changes";
    public static final String SAVING = "Saving…";
    /** Above this the preview shows the start only: the editor must stay responsive with a 5 MB paste. */
    static final int PREVIEW_LIMIT = 200_000;

    private final Editing workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Clock clock;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty("");
    private final StringProperty participants = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Note> current = new ReadOnlyObjectWrapper<>();
    /** Counts edits; the view restarts its autosave timer and preview timer on each change. */
    private final ReadOnlyLongWrapper edits = new ReadOnlyLongWrapper();
    private final ObservableList<Revision> history = FXCollections.observableArrayList();
    private final ObservableList<LineDiff.Line> diff = FXCollections.observableArrayList();
    private boolean loading;
    private long queuedEdit = -1;
    private boolean failed;
    private Consumer<Note> onSaved = n -> { };
    private Consumer<String> onTrashed = id -> { };
    private Consumer<String> onRestored = id -> { };
    /** The note the trash button moved last, while Undo (the toast, Edit → Undo, Ctrl+Z) can bring it back. */
    private final ReadOnlyObjectWrapper<Trashed> lastTrashed = new ReadOnlyObjectWrapper<>();
    /** A note just created: when it opens, the caret goes to the end of its body, ready to type. */
    private String typeInto;
    private final ReadOnlyLongWrapper bodyFocusRequests = new ReadOnlyLongWrapper();

    /** A note just moved to the trash: its id and the title the toast names. */
    public record Trashed(String id, String title) {
    }

    public EditorViewModel(Editing workspace, Background background, DialogService dialogs, Clock clock) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
        for (StringProperty p : List.of(title, date, type, participants, tags, source, body)) {
            p.addListener((obs, old, now) -> edited());
        }
    }

    /** Called with the stored note after every successful save (list and briefing refresh). */
    public void setOnSaved(Consumer<Note> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnTrashed(Consumer<String> onTrashed) {
        this.onTrashed = onTrashed;
    }

    /** Called with a note's id after Undo brought it back from the trash (lists refresh, the note opens). */
    public void setOnRestored(Consumer<String> onRestored) {
        this.onRestored = onRestored;
    }

    public ReadOnlyObjectProperty<Trashed> lastTrashedProperty() {
        return lastTrashed.getReadOnlyProperty();
    }

    private void edited() {
        if (loading || current.get() == null) {
            return;
        }
        lastTrashed.set(null); // typing elsewhere ends the offer: Ctrl+Z is the text's undo again
        edits.set(edits.get() + 1);
        dirty.set(true);
        status.set(UNSAVED);
        journal();
    }

    private boolean journaling;

    /**
     * Keeps what is typed in the workspace's unsaved-text journal, so a crash before the next save loses
     * nothing. One write in flight at a time; when typing went on meanwhile, the newest text follows.
     */
    private void journal() {
        Note note = current.get();
        if (journaling || note == null) {
            return;
        }
        journaling = true;
        String id = note.id();
        String text = body.get();
        long at = edits.get();
        background.run(() -> {
            workspace.keepUnsaved(id, text);
            return at;
        }, written -> {
            journaling = false;
            Note now = current.get();
            if (dirty.get() && now != null && now.id().equals(id) && edits.get() != written) {
                journal();
            }
        }, e -> journaling = false);
    }

    /** Shows a note for editing; unsaved text of the previous note is saved first. */
    public void open(Note note) {
        Note before = current.get();
        if (before != null && note != null && before.id().equals(note.id()) && dirty.get()) {
            return; // a reload of the note being typed in must not replace what is being typed
        }
        save();
        loading = true;
        try {
            NoteDraft d = note == null ? new NoteDraft("", "", "", List.of(), List.of(), "") : NoteDraft.of(note);
            title.set(d.title());
            date.set(d.date());
            type.set(d.type());
            participants.set(String.join(", ", d.participants()));
            tags.set(String.join(", ", d.tags()));
            source.set(d.source());
            body.set(note == null || note.body() == null ? "" : note.body());
            current.set(note); // last: listeners (editor, preview) see the fields of this note
        } finally {
            loading = false;
        }
        dirty.set(false);
        failed = false;
        queuedEdit = -1;
        status.set("");
        diff.clear();
        loadHistory();
        if (note != null && note.id().equals(typeInto)) {
            typeInto = null;
            bodyFocusRequests.set(bodyFocusRequests.get() + 1);
        }
    }

    /** Counts "put the caret in the body" requests (a new note opened); the view focuses its text area. */
    public ReadOnlyLongProperty bodyFocusRequestsProperty() {
        return bodyFocusRequests.getReadOnlyProperty();
    }

    /** The fields as typed. */
    public NoteDraft draft() {
        return new NoteDraft(title.get(), date.get(), type.get(), NoteDraft.split(participants.get()),
                NoteDraft.split(tags.get()), source.get());
    }

    /**
     * Queues a save of what is on screen now (autosave, Ctrl+S, focus loss, switching notes, closing).
     * Does nothing when there is nothing new to save.
     */
    public void save() {
        Note note = current.get();
        if (note == null || !dirty.get() || queuedEdit == edits.get()) {
            return;
        }
        NoteDraft d = draft();
        String problem = d.problem();
        if (problem != null) {
            status.set("Not saved: " + problem);
            return;
        }
        String id = note.id();
        String text = body.get();
        long edit = edits.get();
        queuedEdit = edit;
        status.set(SAVING);
        background.run(() -> workspace.saveNote(id, d, text), saved -> {
            failed = false;
            Note shown = current.get();
            if (shown != null && shown.id().equals(id)) {
                current.set(saved);
                if (edit == edits.get()) {
                    dirty.set(false);
                    status.set("Saved " + LocalTime.now(clock).format(TIME));
                }
                loadHistory();
            }
            onSaved.accept(saved);
        }, e -> {
            if (Objects.equals(current.get() == null ? null : current.get().id(), id)) {
                queuedEdit = -1;
                status.set("Not saved: " + e.getMessage());
            }
            if (!failed) {
                failed = true;
                dialogs.error("Could not save the note", e);
            }
        });
    }

    public void loadHistory() {
        Note note = current.get();
        if (note == null) {
            history.clear();
            return;
        }
        String id = note.id();
        background.run(() -> workspace.history(id), list -> {
            if (current.get() != null && current.get().id().equals(id)) {
                history.setAll(list);
            }
        }, e -> dialogs.error("Could not read the note's history", e));
    }

    /** Shows what changed from a revision to the current text. */
    public void showDiff(Revision r) {
        Note note = current.get();
        if (r == null || note == null) {
            diff.clear();
            return;
        }
        String now = note.text();
        background.run(() -> LineDiff.diff(r.text(), now), diff::setAll,
                e -> dialogs.error("Could not compare the texts", e));
    }

    /** Makes a revision current (adding a revision: nothing is overwritten). */
    public void restore(Revision r) {
        Note note = current.get();
        if (r == null || note == null) {
            return;
        }
        save();
        background.run(() -> workspace.restoreRevision(note.id(), r.id()), restored -> {
            dirty.set(false);
            open(restored);
            onSaved.accept(restored);
        }, e -> dialogs.error("Could not restore the revision", e));
    }

    public void markResolved() {
        Note note = current.get();
        if (note == null) {
            return;
        }
        save();
        background.run(() -> {
            workspace.markResolved(note.id());
            return note;
        }, onSaved, e -> dialogs.error("Could not mark the note resolved", e));
    }

    /** Moves the note to the trash (after saving what was typed, so the trash holds it). */
    public void trash() {
        Note note = current.get();
        if (note == null || !dialogs.confirm("Move to trash?", "“" + note.title()
                + "” goes to the trash. File → Trash… brings it back.", "Move to trash")) {
            return;
        }
        save();
        String id = note.id();
        String name = note.title();
        background.run(() -> {
            workspace.trashNote(id);
            return id;
        }, gone -> {
            if (current.get() != null && current.get().id().equals(gone)) {
                dirty.set(false);
                open(null);
            }
            lastTrashed.set(new Trashed(gone, name));
            onTrashed.accept(gone);
        }, e -> dialogs.error("Could not move the note to the trash", e));
    }

    /** Brings the note the trash button moved last back; false when there is none to bring back. */
    public boolean undoTrash() {
        Trashed t = lastTrashed.get();
        if (t == null) {
            return false;
        }
        lastTrashed.set(null);
        background.run(() -> {
            workspace.restoreNote(t.id());
            return t.id();
        }, onRestored, e -> dialogs.error("Could not bring “" + t.title() + "” back from the trash", e));
        return true;
    }

    /** Asks for a new note's fields and creates it for {@code account}; {@code onCreated} gets the note. */
    public void newNote(String account, Consumer<Note> onCreated) {
        if (account == null) {
            dialogs.info("New note", "Select an account first: a new note belongs to the account shown.");
            return;
        }
        dialogs.newNoteForm(account).ifPresent(d -> background.run(() -> workspace.createNote(account, d), n -> {
            typeInto = n.id();
            onCreated.accept(n);
        }, e -> dialogs.error("Could not create the note", e)));
    }

    /** The note as it would read with what is on screen now, for the live preview. */
    public Note previewNote() {
        Note n = current.get();
        if (n == null) {
            return null;
        }
        NoteDraft d = draft();
        String b = body.get();
        if (b.length() > PREVIEW_LIMIT) {
            b = b.substring(0, PREVIEW_LIMIT) + "\n\n*(preview shows the first " + PREVIEW_LIMIT + " characters)*\n";
        }
        return new Note(n.id(), n.account(), d.title().isEmpty() ? n.title() : d.title(),
                d.parsedDate() != null ? d.parsedDate() : n.date(), blank(d.type()), blank(d.source()), n.sourceRef(),
                d.participants(), d.tags(), n.path(), n.text(), n.frontMatter(), b, n.sections(), n.links(),
                n.actionItems(), n.warnings());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty participantsProperty() {
        return participants;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Note> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    public ObservableList<Revision> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    public ObservableList<LineDiff.Line> diff() {
        return FXCollections.unmodifiableObservableList(diff);
    }
}
