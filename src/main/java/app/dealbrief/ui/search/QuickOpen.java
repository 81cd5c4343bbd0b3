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
    static final double WIDTH_SHARE = 0.55;

    public QuickOpen(QuickOpenViewModel vm, Consumer<QuickOpenItem> onOpen) {
        super(6);
        this.vm = vm;
        this.onOpen = onOpen;
        setId("quickOpen");
        getStyleClass().addAll("search-popup", "quick-open");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPrefWidth(520);
        // About 55 % of the window (never under 480 px) so a title and its account and date fit on a line.
        parentProperty().addListener((obs, old, parent) -> {
            prefWidthProperty().unbind();
            if (parent instanceof Region r) {
                prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.min(r.getWidth() - 32, Math.max(480, r.getWidth() * WIDTH_SHARE)), r.widthProperty()));
            }
        });

        field.setId("quickOpenField");
        field.setPromptText("Jump to an account or note…");
        field.textProperty().bindBidirectional(vm.queryProperty());
        HBox top = new HBox(8, Icons.of(Feather.COMMAND), field);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);

        list.setId("quickOpenList");
        list.getStyleClass().add("search-results");
        list.setItems(vm.results());
        list.setCellFactory(v -> new ItemCell(vm.queryProperty()));
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
        private final javafx.scene.text.TextFlow label = new javafx.scene.text.TextFlow();
        private final javafx.scene.layout.StackPane icon = new javafx.scene.layout.StackPane();
        private final Label detail = new Label();
        private final HBox box;
        private final javafx.beans.value.ObservableStringValue query;

        ItemCell(javafx.beans.value.ObservableStringValue query) {
            this.query = query;
            label.getStyleClass().add("quick-open-label");
            detail.getStyleClass().add("muted");
            detail.setMinWidth(Region.USE_PREF_SIZE); // the account and date are never cut
            HBox.setHgrow(label, Priority.ALWAYS);
            label.setMaxWidth(Double.MAX_VALUE);
            box = new HBox(8, icon, label, detail);
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
            icon.getChildren().setAll(Icons.of(account ? Feather.BRIEFCASE : Feather.FILE_TEXT));
            label.getChildren().setAll(highlighted(item.label(), query.get()));
            detail.setText(account ? "account" : item.account() + " · " + Format.date(item.date()));
            setGraphic(box);
        }

        /** The label as text runs, the letters the query matched in "quick-open-match". */
        static java.util.List<javafx.scene.text.Text> highlighted(String label, String query) {
            int[] at = FuzzyScorer.positions(query, label);
            boolean[] hit = new boolean[label.length()];
            for (int i : at) {
                hit[i] = true;
            }
            java.util.List<javafx.scene.text.Text> out = new java.util.ArrayList<>();
            int start = 0;
            for (int i = 1; i <= label.length(); i++) {
                if (i == label.length() || hit[i] != hit[start]) {
                    javafx.scene.text.Text t = new javafx.scene.text.Text(label.substring(start, i));
                    t.getStyleClass().addAll("quick-open-text", hit[start] ? "quick-open-match" : "quick-open-rest");
                    out.add(t);
                    start = i;
                }
            }
            return out;
        }
    }
}
