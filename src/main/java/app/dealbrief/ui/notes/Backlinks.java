package app.dealbrief.ui.notes;

import app.dealbrief.domain.Backlink;
import app.dealbrief.ui.common.Format;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The "Mentioned in" list under an account's notes: click (or Enter) opens that note in its own account. */
public final class Backlinks extends TitledPane {
    public Backlinks(BacklinksViewModel vm, Consumer<Backlink> onOpen) {
        ListView<Backlink> list = new ListView<>(vm.links());
        list.setId("mentionedIn");
        list.getStyleClass().add("mentioned-in");
        Label none = new Label("No other account's notes mention this one.");
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setPrefHeight(150);
        list.setCellFactory(v -> new LinkCell());
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        setText("Mentioned in");
        textProperty().bind(javafx.beans.binding.Bindings.size(vm.links())
                .asString("Mentioned in (%d)"));
        setContent(list);
        setAnimated(false);
        getStyleClass().add("backlinks");
    }

    private static final class LinkCell extends ListCell<Backlink> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(1, title, meta);

        LinkCell() {
            setPrefWidth(0);
            title.getStyleClass().add("note-cell-title");
            title.setWrapText(true);
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            meta.getStyleClass().add("note-cell-meta");
        }

        @Override
        protected void updateItem(Backlink b, boolean empty) {
            super.updateItem(b, empty);
            if (empty || b == null) {
                setGraphic(null);
                return;
            }
            title.setText(b.title() == null ? "(untitled)" : b.title());
            meta.setText(b.account() + " · " + Format.date(b.date())
                    + (b.via() == Backlink.Via.LINK ? " · links here" : " · names it"));
            setGraphic(box);
        }
    }
}
