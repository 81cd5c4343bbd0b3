package app.dealbrief.ui.editor;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.Revision;
import app.dealbrief.ui.common.Icons;
import app.dealbrief.workspace.LineDiff;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Editing a note: the front-matter form on top, markdown in {@code #noteEditor}, the live preview and the
 * history ({@code #historyList}, with a diff against the current text) beside it. Autosaves a second
 * after typing stops and when the editor loses focus; Ctrl+S saves at once, Ctrl+F finds.
 */
public final class EditorPane extends BorderPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final EditorViewModel vm;
    private final StackPane editorHolder = new StackPane();
    private final TextField findField = new TextField();
    private final HBox findBar;
    private TextArea editor;
    private String editorNoteId;
    private TabPane side;
    /** In a window narrower than this the preview and history are not shown beside the editor unless asked for. */
    static final double SIDE_BY_SIDE = 1280;
    /** Below this form width participants get a row of their own. */
    static final double NARROW_FORM = 640;
    private boolean userChoseSide;
    private SplitPane center;
    private final javafx.scene.control.ToggleButton sideToggle = new javafx.scene.control.ToggleButton("Preview");

    /** {@code preview} is the node that shows the rendered note; {@code renderPreview} refreshes it. */
    public EditorPane(EditorViewModel vm, Node preview, Runnable renderPreview) {
        this.vm = vm;
        getStyleClass().add("editor-pane");

        PauseTransition autosave = new PauseTransition(Duration.seconds(1));
        autosave.setOnFinished(e -> vm.save());
        PauseTransition previewLater = new PauseTransition(Duration.millis(250));
        previewLater.setOnFinished(e -> renderPreview.run());
        vm.editsProperty().addListener((obs, o, n) -> {
            autosave.playFromStart();
            previewLater.playFromStart();
        });
        vm.currentProperty().addListener((obs, old, note) -> {
            installEditor(note);
            renderPreview.run();
        });
        // A new note: the caret waits at the end of its body (after the "# Title" line), ready to type.
        vm.bodyFocusRequestsProperty().addListener((obs, o, n) -> javafx.application.Platform.runLater(() -> {
            if (editor != null && !isDisabled()) {
                editor.requestFocus();
                editor.positionCaret(editor.getLength());
            }
        }));

        findField.setId("findField");
        findField.setPromptText("Find in note");
        findField.setOnAction(e -> findNext());
        Button next = new Button("Next");
        next.setOnAction(e -> findNext());
        Button close = new Button("×");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> hideFind());
        findBar = new HBox(6, findField, next, close);
        findBar.getStyleClass().add("find-bar");
        hideFind();
        findField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hideFind();
                e.consume();
            }
        });

        VBox editorColumn = new VBox(form(), findBar, editorHolder);
        VBox.setVgrow(editorHolder, Priority.ALWAYS);
        editorColumn.getStyleClass().add("editor-column");

        // Preview and history as tabs beside the editor, which keeps the flexible width; the toolbar's
        // "Preview" toggle hides the side for a full-width editor.
        Tab previewTab = new Tab("Preview", preview);
        previewTab.setId("previewTab");
        Tab historyTab = new Tab("History", history());
        historyTab.setId("historyTab");
        side = new TabPane(previewTab, historyTab);
        side.setId("noteSide");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(240);
        center = new SplitPane(editorColumn, side);
        center.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(side, false);
        setTop(toolbar());
        setCenter(center);
        disableProperty().bind(vm.currentProperty().isNull());
        installEditor(vm.currentProperty().get());

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                vm.save();
                e.consume();
            } else if (FIND.match(e)) {
                showFind();
                e.consume();
            }
        });
    }

    /**
     * A fresh text area per note: its undo history then never reaches into another note's text.
     */
    private void installEditor(Note note) {
        String id = note == null ? null : note.id();
        if (editor != null && java.util.Objects.equals(id, editorNoteId)) {
            return;
        }
        if (editor != null) {
            editor.textProperty().unbindBidirectional(vm.bodyProperty());
        }
        editorNoteId = id;
        editor = new TextArea();
        editor.setId("noteEditor");
        editor.getStyleClass().add("note-editor");
        editor.setWrapText(true);
        editor.setStyle("-fx-font-family: 'monospace';");
        editor.textProperty().bindBidirectional(vm.bodyProperty());
        editor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                vm.save();
            }
        });
        editorHolder.getChildren().setAll(editor);
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("note-form");
        grid.setHgap(6);
        grid.setVgap(6);
        TextField title = field("editTitle", vm.titleProperty(), "Title");
        TextField date = field("editDate", vm.dateProperty(), "YYYY-MM-DD");
        TextField type = field("editType", vm.typeProperty(), "customer, market…");
        TextField participants = field("editParticipants", vm.participantsProperty(), "Names, comma separated");
        TextField tags = field("editTags", vm.tagsProperty(), "comma separated");
        TextField source = field("editSource", vm.sourceProperty(), "meeting, transcript…");
        date.setPrefColumnCount(9);
        // Labels above their fields: beside them, six labels and six fields in one row cut every label to "…".
        grid.add(labeled("Title", title), 0, 0, 3, 1);
        grid.add(labeled("Date", date), 3, 0);
        grid.add(labeled("Type", type), 0, 1);
        grid.add(labeled("Source", source), 1, 1);
        VBox who = labeled("Participants", participants);
        VBox tagged = labeled("Tags", tags);
        grid.getChildren().addAll(who, tagged);
        // Wide: the four short fields share a row. Narrow (a 1024 px window): a quarter of ~450 px shows
        // "Lina Chou (A", so tags take half a row and participants a row of their own.
        javafx.beans.value.ChangeListener<Number> arrange = (obs, was, w) -> {
            boolean narrow = w.doubleValue() > 0 && w.doubleValue() < NARROW_FORM;
            GridPane.setConstraints(who, narrow ? 0 : 2, narrow ? 2 : 1, narrow ? 4 : 1, 1);
            GridPane.setConstraints(tagged, narrow ? 2 : 3, 1, narrow ? 2 : 1, 1);
        };
        grid.widthProperty().addListener(arrange);
        arrange.changed(null, null, 0);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(25);
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    private static VBox labeled(String name, TextField field) {
        Label label = new Label(name);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        field.setMinWidth(0);
        field.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, label, field);
    }

    private TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        f.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                vm.save();
            }
        });
        return f;
    }

    private ToolBar toolbar() {
        Button save = Icons.button(Feather.SAVE, "Save now (Ctrl+S)", vm::save);
        save.setId("saveNote");
        Button find = Icons.button(Feather.SEARCH, "Find in note (Ctrl+F)", this::showFind);
        Button trash = Icons.button(Feather.TRASH_2, "Move note to the trash", vm::trash);
        trash.setId("trashNote");
        vm.lastTrashedProperty().addListener((obs, was, t) -> {
            if (t != null) {
                app.dealbrief.ui.common.UndoToast.show(trash, "trashToast", "“" + t.title() + "” moved to the trash —",
                        vm.lastTrashedProperty().isNull(), vm::undoTrash, true);
            }
        });
        Label status = new Label();
        status.getStyleClass().add("editor-status");
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        sideToggle.setId("toggleSide");
        sideToggle.setSelected(true);
        sideToggle.setTooltip(new Tooltip("Show or hide the preview and history beside the editor"));
        sideToggle.selectedProperty().addListener((obs, was, on) -> showSide(on));
        sideToggle.setOnAction(e -> userChoseSide = true);
        // Too narrow for editor and side by side (1024 px windows): the editor alone, the side one click away.
        // (The window's width decides: this pane's own width grows to whatever its parts ask for.)
        javafx.beans.value.ChangeListener<Number> fit = (obs, was, w) -> {
            if (!userChoseSide) {
                sideToggle.setSelected(w.doubleValue() >= SIDE_BY_SIDE);
            }
        };
        sceneProperty().addListener((obs, old, sc) -> {
            if (old != null) {
                old.widthProperty().removeListener(fit);
            }
            if (sc != null) {
                sc.widthProperty().addListener(fit);
                fit.changed(null, null, sc.getWidth());
            }
        });
        ToolBar bar = new ToolBar(save, find, status, spacer, sideToggle, trash);
        bar.getStyleClass().add("editor-toolbar");
        return bar;
    }

    private VBox history() {
        ListView<Revision> list = new ListView<>(vm.history());
        list.setId("historyList");
        list.setPlaceholder(new Label("No earlier versions yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : WHEN.format(r.createdAt()) + "  ·  " + describe(r.kind()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, r) -> vm.showDiff(r));
        ListView<LineDiff.Line> diff = new ListView<>(vm.diff());
        diff.setId("historyDiff");
        diff.setPlaceholder(new Label("Select a version to see what changed since."));
        diff.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LineDiff.Line l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().removeAll("diff-added", "diff-removed");
                if (empty || l == null) {
                    setText(null);
                    return;
                }
                setText(l.op() + " " + l.text());
                if (l.op() == '+') {
                    getStyleClass().add("diff-added");
                } else if (l.op() == '-') {
                    getStyleClass().add("diff-removed");
                }
            }
        });
        diff.setStyle("-fx-font-family: 'monospace';");
        Button restore = new Button("Restore this version");
        restore.setId("historyRestore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> vm.restore(list.getSelectionModel().getSelectedItem()));
        Button resolved = new Button("Mark resolved");
        resolved.setId("markResolved");
        resolved.setTooltip(new Tooltip("The note changed in both places: keep the text as it is now"));
        resolved.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.history().stream().noneMatch(r -> Revision.CONFLICT.equals(r.kind())), vm.history()));
        resolved.setOnAction(e -> vm.markResolved());
        Label heading = new Label("Earlier versions, compared with the current text");
        heading.setWrapText(true);
        heading.getStyleClass().add("section-heading");
        SplitPane lists = new SplitPane(list, diff);
        lists.setOrientation(Orientation.VERTICAL);
        lists.setDividerPositions(0.35);
        VBox box = new VBox(6, heading, lists, new HBox(8, restore, resolved));
        VBox.setVgrow(lists, Priority.ALWAYS);
        box.getStyleClass().add("history-panel");
        return box;
    }

    /**
     * Shows or hides the preview and history. Hidden, they are collapsed to no width but stay in the scene:
     * the preview still follows the note, and a search result can bring it back at its match.
     */
    private void showSide(boolean on) {
        side.setMinWidth(on ? 240 : 0);
        side.setMaxWidth(on ? Double.MAX_VALUE : 0);
        side.setVisible(on);
        center.setDividerPositions(on ? 0.56 : 1.0);
    }

    /** Brings the preview to the front (a search result opens the note at its match there). */
    public void showPreview() {
        userChoseSide = true;
        sideToggle.setSelected(true);
        side.getSelectionModel().select(0);
    }

    static String describe(String kind) {
        return switch (kind) {
            case Revision.EDIT -> "before an edit";
            case Revision.IMPORT -> "before a re-import";
            case Revision.RESTORE -> "before a restore";
            case Revision.CONFLICT -> "file version (changed in both places)";
            default -> kind;
        };
    }

    private void showFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        findField.requestFocus();
        findField.selectAll();
    }

    private void hideFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        if (editor != null) {
            editor.requestFocus();
        }
    }

    /** Selects the next match after the caret, wrapping round; case-insensitive. */
    private void findNext() {
        String q = findField.getText();
        if (q == null || q.isEmpty() || editor == null) {
            return;
        }
        String text = editor.getText();
        int at = find(text, q, editor.getSelection().getEnd());
        if (at < 0) {
            at = find(text, q, 0);
        }
        findField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("not-found"), at < 0);
        if (at >= 0) {
            editor.selectRange(at, at + q.length());
        }
    }

    static int find(String text, String q, int from) {
        for (int i = Math.max(0, from); i + q.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, q, 0, q.length())) {
                return i;
            }
        }
        return -1;
    }
}
