package app.dealbrief.ui.search;

import app.dealbrief.domain.SearchHit;
import app.dealbrief.ui.common.Format;
import app.dealbrief.ui.common.Icons;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

import java.util.function.Consumer;

/**
 * The toolbar search field and its results panel. The panel is an overlay in the main window (not a Popup
 * window): a separate window loses focus races and auto-hides at the wrong moments.
 */
public final class SearchBox extends HBox {
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();
    private final VBox panel;
    private final Consumer<SearchHit> onOpen;

    public SearchBox(SearchViewModel vm, Consumer<SearchHit> onOpen) {
        super(6);
        this.onOpen = onOpen;
        getStyleClass().add("search-box");
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        field.setId("searchField");
        field.setPromptText("Search notes  (Ctrl+Shift+F)");
        field.setPrefColumnCount(26);
        getChildren().addAll(Icons.of(Feather.SEARCH), field);

        results.setId("searchResults");
        results.getStyleClass().add("search-results");
        results.setItems(vm.results());
        results.setCellFactory(v -> new HitCell());
        results.setPrefSize(460, 340);
        results.setPlaceholder(new Label("No matches."));
        panel = new VBox(results);
        panel.getStyleClass().add("search-popup");
        panel.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        panel.setVisible(false);
        results.visibleProperty().bind(panel.visibleProperty()); // so lookups see the list as shown or not

        // Debounce: search when typing pauses, not on every keystroke.
        PauseTransition pause = new PauseTransition(Duration.millis(150));
        pause.setOnFinished(e -> vm.search(field.getText()));
        field.textProperty().addListener((obs, old, text) -> {
            if (text == null || text.isBlank()) {
                pause.stop();
                vm.search("");
                hidePanel();
            } else {
                pause.playFromStart();
            }
        });
        vm.results().addListener((javafx.collections.ListChangeListener<SearchHit>) c -> {
            results.setPrefHeight(Math.max(64, Math.min(vm.results().size(), 6) * 74 + 8));
            if (!field.getText().isBlank()) {
                showPanel();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (results.getItems().isEmpty()) {
                    pause.stop();
                    vm.search(field.getText());
                } else {
                    open(results.getSelectionModel().getSelectedItem() != null
                            ? results.getSelectionModel().getSelectedItem() : results.getItems().get(0));
                }
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                showPanel();
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hidePanel();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hidePanel();
                field.requestFocus();
            }
        });
        results.setOnMouseClicked(e -> {
            if (results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void showPanel() {
        panel.setVisible(true);
    }

    public void hidePanel() {
        panel.setVisible(false);
    }

    /** The results overlay; the main window places it under the toolbar, at the right. */
    public VBox resultsPanel() {
        return panel;
    }

    /** True when a click at this node should leave the panel open (inside it or the field). */
    public boolean owns(javafx.scene.Node target) {
        for (javafx.scene.Node n = target; n != null; n = n.getParent()) {
            if (n == panel || n == this) {
                return true;
            }
        }
        return false;
    }

    private void open(SearchHit hit) {
        hidePanel();
        onOpen.accept(hit);
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private static final class HitCell extends ListCell<SearchHit> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final javafx.scene.text.TextFlow snippet = new javafx.scene.text.TextFlow();
        private final VBox box = new VBox(2, title, meta, snippet);

        HitCell() {
            title.getStyleClass().add("hit-title");
            meta.getStyleClass().add("muted");
            snippet.getStyleClass().add("hit-snippet");
            snippet.setMaxWidth(420);
            snippet.setPrefWidth(420);
        }

        @Override
        protected void updateItem(SearchHit h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null) {
                setGraphic(null);
                return;
            }
            title.setText(h.title() == null ? "(untitled)" : h.title());
            meta.setText(h.account() + " · " + Format.date(h.date()));
            snippet.getChildren().setAll(pieces(h.snippet() == null ? "" : h.snippet(), h.marks()));
            setGraphic(box);
        }

        /** The snippet as text runs, the query's words bold ("hit-match"). */
        static java.util.List<javafx.scene.text.Text> pieces(String text, java.util.List<SearchHit.Mark> marks) {
            java.util.List<javafx.scene.text.Text> out = new java.util.ArrayList<>();
            int at = 0;
            for (SearchHit.Mark m : marks) {
                if (m.start() < at || m.end() > text.length() || m.start() >= m.end()) {
                    continue;
                }
                if (m.start() > at) {
                    out.add(run(text.substring(at, m.start()), false));
                }
                out.add(run(text.substring(m.start(), m.end()), true));
                at = m.end();
            }
            if (at < text.length()) {
                out.add(run(text.substring(at), false));
            }
            return out;
        }

        private static javafx.scene.text.Text run(String s, boolean match) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(s);
            t.getStyleClass().add(match ? "hit-match" : "hit-text");
            return t;
        }
    }
}
