package app.dealbrief.ui.editor;

import app.dealbrief.domain.NoteSummary;
import app.dealbrief.ui.common.Format;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/** The trash: a small window listing trashed notes with Restore and "Empty trash…". */
public final class TrashWindow {
    private final Stage stage = new Stage();
    private final TrashViewModel vm;

    public TrashWindow(Window owner, TrashViewModel vm, List<String> stylesheets) {
        this.vm = vm;
        ListView<NoteSummary> list = new ListView<>(vm.notes());
        list.setId("trashList");
        list.setPlaceholder(new Label("The trash is empty."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NoteSummary n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null
                        : n.title() + "  ·  " + n.account() + "  ·  " + Format.date(n.date()));
            }
        });
        Button restore = new Button("Restore");
        restore.setId("trashRestore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> vm.restore(list.getSelectionModel().getSelectedItem()));
        Button empty = new Button("Empty trash…");
        empty.setId("trashEmpty");
        empty.getStyleClass().add("danger");
        empty.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.notes()));
        empty.setOnAction(e -> vm.emptyTrash());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, restore, spacer, empty);
        VBox root = new VBox(10, new Label("Deleted notes stay here until you empty the trash."), list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 520, 420);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Trash");
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    public void show() {
        vm.load();
        stage.show();
        stage.toFront();
    }

    public void close() {
        stage.close();
    }
}
