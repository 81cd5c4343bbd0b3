package app.dealbrief.ui.search;

import app.dealbrief.ui.common.Format;
import app.dealbrief.ui.common.Icons;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.function.Consumer;

/**
 * The Ctrl+K palette: an overlay in the main window (like the search results, not a Popup window).
 * Typing ranks, Up/Down move, Enter opens, Esc closes; the focus stays in the field throughout.
 */
public final class QuickOpen extends VBox {
    private final QuickOpenViewModel vm;
    private final TextField field = new TextField();
    private final ListView<QuickOpenItem> list = new ListView<>();
    private final Consumer<QuickOpenItem> onOpen;

    public QuickOpen(QuickOpenViewModel vm, Consumer<QuickOpenItem> onOpen) {
        super(6);
        this.vm = vm;
        this.onOpen = onOpen;
        setId("quickOpen");
        getStyleClass().addAll("search-popup", "quick-open");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPrefWidth(520);

        field.setId("quickOpenField");
        field.setPromptText("Jump to an account or note…");
        field.textProperty().bindBidirectional(vm.queryProperty());
        HBox top = new HBox(8, Icons.of(Feather.COMMAND), field);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);

        list.setId("quickOpenList");
        list.getStyleClass().add("search-results");
        list.setItems(vm.results());
        list.setCellFactory(v -> new ItemCell());
        list.setPrefHeight(360);
        list.setPlaceholder(new Label("Nothing matches."));
        list.setFocusTraversable(false);
        vm.results().addListener((javafx.collections.ListChangeListener<QuickOpenItem>) c -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
                list.scrollTo(0);
            }
        });
        Label hint = new Label("↑↓ to choose · Enter to open · Esc to close");
        hint.getStyleClass().add("muted");
        getChildren().addAll(top, list, hint);

        visibleProperty().bind(vm.showingProperty());
        managedProperty().bind(vm.showingProperty());
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> move(1);
                case UP -> move(-1);
                case ENTER -> openSelected();
                case ESCAPE -> vm.close();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        list.setOnMouseClicked(e -> openSelected());
        vm.showingProperty().addListener((obs, was, now) -> {
            if (now) {
                field.requestFocus();
            }
        });
    }

    public void show() {
        vm.open();
        field.requestFocus();
    }

    /** True when a click at this node belongs to the palette. */
    public boolean owns(javafx.scene.Node target) {
        for (javafx.scene.Node n = target; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    public void hide() {
        if (vm.showingProperty().get()) {
            vm.close();
        }
    }

    private void move(int by) {
        int n = list.getItems().size();
        if (n == 0) {
            return;
        }
        int i = Math.max(0, Math.min(n - 1, list.getSelectionModel().getSelectedIndex() + by));
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - 3));
    }

    private void openSelected() {
        QuickOpenItem item = list.getSelectionModel().getSelectedItem();
        if (item == null && !list.getItems().isEmpty()) {
            item = list.getItems().get(0);
        }
        if (item != null) {
            vm.close();
            onOpen.accept(item);
        }
    }

    private static final class ItemCell extends ListCell<QuickOpenItem> {
        private final Label label = new Label();
        private final Label detail = new Label();
        private final HBox box;

        ItemCell() {
            label.getStyleClass().add("hit-title");
            detail.getStyleClass().add("muted");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(8, label, spacer, detail);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(QuickOpenItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            boolean account = item.kind() == QuickOpenItem.Kind.ACCOUNT;
            label.setGraphic(Icons.of(account ? Feather.BRIEFCASE : Feather.FILE_TEXT));
            label.setText(item.label());
            detail.setText(account ? "account" : item.account() + " · " + Format.date(item.date()));
            setGraphic(box);
        }
    }
}
