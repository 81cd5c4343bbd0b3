package app.dealbrief.ui.search;

import app.dealbrief.domain.SearchHit;
import app.dealbrief.ui.common.Format;
import app.dealbrief.ui.common.Icons;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

import java.util.function.Consumer;

/** The toolbar search field; results drop down below it and open their note on Enter or click. */
public final class SearchBox extends HBox {
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();
    private final Popup popup = new Popup();
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
        VBox box = new VBox(results);
        box.getStyleClass().add("search-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        // Debounce: search when typing pauses, not on every keystroke.
        PauseTransition pause = new PauseTransition(Duration.millis(150));
        pause.setOnFinished(e -> vm.search(field.getText()));
        field.textProperty().addListener((obs, old, text) -> {
            if (text == null || text.isBlank()) {
                pause.stop();
                vm.search("");
                popup.hide();
            } else {
                pause.playFromStart();
            }
        });
        vm.results().addListener((javafx.collections.ListChangeListener<SearchHit>) c -> {
            // Focus owner rather than isFocused(): the latter is false while the window itself lacks focus.
            boolean typing = field.getScene() != null && field.getScene().getFocusOwner() == field;
            if (!field.getText().isBlank() && typing) {
                showPopup();
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
                showPopup();
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnMouseClicked(e -> {
            if (results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void showPopup() {
        if (getScene() == null || getScene().getWindow() == null) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (!popup.isShowing()) {
            popup.show(field, b.getMinX(), b.getMaxY() + 4);
        }
    }

    private void open(SearchHit hit) {
        popup.hide();
        onOpen.accept(hit);
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private static final class HitCell extends ListCell<SearchHit> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label snippet = new Label();
        private final VBox box = new VBox(2, title, meta, snippet);

        HitCell() {
            title.getStyleClass().add("hit-title");
            meta.getStyleClass().add("muted");
            snippet.getStyleClass().add("hit-snippet");
            snippet.setWrapText(true);
            snippet.setMaxWidth(420);
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
            snippet.setText(h.snippet() == null ? "" : h.snippet());
            setGraphic(box);
        }
    }
}
