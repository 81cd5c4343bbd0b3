package app.dealbrief.ui.notes;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.ui.common.Format;
import app.dealbrief.ui.editor.EditorPane;
import app.dealbrief.ui.editor.EditorViewModel;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Notes tab: the account's notes on the left, the selected one in the editor (with its live preview) on the right. */
public final class NotesView extends SplitPane {
    private final ListView<NoteSummary> list = new ListView<>();
    private final ScrollPane reader = new ScrollPane();
    private final MarkdownView markdown;
    private boolean syncing;
    private boolean placed;
    private EditorPane pane;
    static final double LIST_WIDTH = 280;

    public NotesView(NotesViewModel vm, EditorViewModel editor, Consumer<String> onAccountLink, Consumer<String> onWebLink) {
        this.markdown = new MarkdownView(onAccountLink, onWebLink);
        getStyleClass().add("notes-view");
        list.setId("noteList");
        list.setItems(vm.notes());
        list.setCellFactory(v -> new NoteCell());
        Label placeholder = new Label("No notes for this account.");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then("Loading…").otherwise("No notes for this account."));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, n) -> {
            if (!syncing && n != null) {
                vm.open(n.id(), null);
            }
        });
        vm.selectedIdProperty().addListener((obs, old, id) -> syncSelection(id));
        vm.notes().addListener((javafx.collections.ListChangeListener<NoteSummary>) c -> {
            if (list.getItems() == vm.notes()) { // a filtered list syncs on its own change, once it has caught up
                syncSelection(vm.selectedIdProperty().get());
            }
        });

        reader.setId("notePreview");
        reader.setFitToWidth(true);
        reader.getStyleClass().add("note-reader");
        showEmpty();
        vm.currentProperty().addListener((obs, old, note) -> editor.open(note));
        EditorPane pane = new EditorPane(editor, reader, () -> show(editor.previewNote(), vm.highlightProperty().get()));

        this.pane = pane;
        getItems().addAll(list, pane);
        // The list ~280 px, the editor the rest: placed once the view has a width, then left to the user.
        widthProperty().addListener((obs, was, w) -> {
            if (!placed && w.doubleValue() > 0) {
                placed = true;
                setDividerPositions(Math.min(0.45, LIST_WIDTH / w.doubleValue()));
            }
        });
        SplitPane.setResizableWithParent(list, false);
    }

    /**
     * Puts the filter bar above the list (which then shows only the notes that pass) and {@code below}
     * under it. A note opened from elsewhere that the filter hides clears the filter, so it is always listed.
     */
    public void useFilters(NoteFilters filters, Node below, NotesViewModel vm) {
        NoteFiltersViewModel f = filters.viewModel();
        list.setItems(f.shown());
        f.shown().addListener((javafx.collections.ListChangeListener<NoteSummary>) c ->
                syncSelection(vm.selectedIdProperty().get()));
        vm.selectedIdProperty().addListener((obs, old, id) -> {
            if (id != null && f.shown().stream().noneMatch(n -> n.id().equals(id))
                    && vm.notes().stream().anyMatch(n -> n.id().equals(id))) {
                f.reset();
            }
        });
        VBox left = new VBox(6, filters, list, below);
        left.getStyleClass().add("notes-side");
        left.setMinWidth(220);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        getItems().set(0, left);
        SplitPane.setResizableWithParent(left, false);
    }

    private void syncSelection(String id) {
        syncing = true;
        try {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(id)) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(i);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void showEmpty() {
        Label hint = new Label("Select a note to read it.");
        hint.getStyleClass().add("empty-hint");
        reader.setContent(new VBox(hint));
    }

    private void show(Note note, String highlight) {
        if (note == null) {
            showEmpty();
            return;
        }
        Label title = new Label(note.title() == null ? "(untitled)" : note.title());
        title.getStyleClass().add("note-title");
        title.setWrapText(true);
        List<String> meta = new ArrayList<>();
        meta.add(Format.date(note.date()));
        meta.add(note.account());
        if (note.type() != null) {
            meta.add(note.type());
        }
        if (note.source() != null) {
            meta.add(note.source());
        }
        Label info = new Label(String.join(" · ", meta));
        info.getStyleClass().add("note-meta");
        VBox page = new VBox(title, info);
        page.getStyleClass().add("note-page");
        if (!note.warnings().isEmpty()) {
            FlowPane warnings = new FlowPane(6, 6);
            note.warnings().forEach(w -> warnings.getChildren().add(badge(w, "badge-warning")));
            page.getChildren().add(warnings);
        }
        VBox body = markdown.render(note.body(), highlight, note.title());
        page.getChildren().add(body);
        if (note.path() != null) {
            Label path = new Label(note.path());
            path.getStyleClass().add("note-path");
            path.setWrapText(true);
            page.getChildren().add(path);
        }
        boolean sameNote = reader.getContent() != null && note.id() != null && note.id().equals(reader.getUserData());
        double keep = reader.getVvalue();
        reader.setUserData(note.id());
        reader.setContent(page);
        reader.setVvalue(sameNote ? keep : 0); // a live refresh while typing keeps the reader's place
        Node evidence = body.lookup(".evidence");
        if (highlight != null && !highlight.isBlank() && !sameNote && pane != null) {
            pane.showPreview(); // opened at a match: show where it is
        }
        if (evidence != null && !sameNote) {
            // After layout the node has its real position; scroll so the evidence sits near the top.
            Platform.runLater(() -> scrollTo(page, evidence));
        }
    }

    private void scrollTo(VBox page, Node target) {
        page.applyCss();
        page.layout();
        Bounds b = page.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double content = page.getBoundsInLocal().getHeight();
        double view = reader.getViewportBounds().getHeight();
        if (content > view) {
            reader.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / (content - view))));
        }
    }

    static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        return l;
    }

    private static final class NoteCell extends ListCell<NoteSummary> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final FlowPane badges = new FlowPane(4, 4);
        private final VBox box = new VBox(2, title, meta, badges);

        NoteCell() {
            setPrefWidth(0); // wrap to the list instead of scrolling sideways
            title.getStyleClass().add("note-cell-title");
            // A title is what tells two meetings apart: wrapped, never cut to "Microsoft–OpenAI restructuri…".
            title.setWrapText(true);
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            meta.getStyleClass().add("note-cell-meta");
            box.getStyleClass().add("note-cell");
        }

        @Override
        protected void updateItem(NoteSummary n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setGraphic(null);
                return;
            }
            title.setText(n.title() == null ? "(untitled)" : n.title());
            List<String> m = new ArrayList<>();
            m.add(Format.date(n.date()));
            if (n.type() != null) {
                m.add(n.type());
            }
            if (n.source() != null) {
                m.add(n.source());
            }
            meta.setText(String.join(" · ", m));
            badges.getChildren().clear();
            n.flags().forEach(f -> badges.getChildren().add(badge(f, "badge-warning")));
            if (n.duplicateOf() != null) {
                badges.getChildren().add(badge("near-duplicate", "badge-muted"));
            }
            badges.setManaged(!badges.getChildren().isEmpty());
            badges.setVisible(badges.isManaged());
            setGraphic(box);
        }
    }

}
