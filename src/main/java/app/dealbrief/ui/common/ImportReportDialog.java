package app.dealbrief.ui.common;

import app.dealbrief.domain.ImportReport;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The end of an import: the counts, then a resizable table of the files that were rejected or imported with
 * a problem, grouped by reason with counts, each file relative to the imported folder, and "Open file".
 */
public final class ImportReportDialog {
    /** A tree row: a reason group, or one of its files. */
    record Item(ImportProblems.Group group, ImportProblems.Row row) {
        String reason() {
            return row == null ? group.label() : row.detail();
        }

        String file() {
            return row == null ? "" : row.file();
        }
    }

    private ImportReportDialog() {
    }

    /** The table alone (tests mount it; the dialog wraps it). */
    public static TreeTableView<Item> table(List<ImportProblems.Group> groups) {
        TreeItem<Item> root = new TreeItem<>();
        for (ImportProblems.Group g : groups) {
            TreeItem<Item> gi = new TreeItem<>(new Item(g, null));
            gi.setExpanded(true);
            g.rows().forEach(r -> gi.getChildren().add(new TreeItem<>(new Item(g, r))));
            root.getChildren().add(gi);
        }
        TreeTableView<Item> table = new TreeTableView<>(root);
        table.setId("importReportTable");
        table.setShowRoot(false);
        TreeTableColumn<Item, String> reason = new TreeTableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().reason()));
        TreeTableColumn<Item, String> file = new TreeTableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().file()));
        reason.setPrefWidth(380);
        file.setPrefWidth(360);
        table.getColumns().setAll(List.of(reason, file));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Every file was imported without a problem."));
        table.setRowFactory(t -> new javafx.scene.control.TreeTableRow<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("report-group");
                if (!empty && item != null && item.row() == null) {
                    getStyleClass().add("report-group");
                }
                setTooltip(empty || item == null || item.row() == null || item.row().path() == null ? null
                        : new javafx.scene.control.Tooltip(item.row().path().toString()));
            }
        });
        return table;
    }

    /** Shows the report without waiting; {@code open} opens a file with the system's application. */
    public static void show(Window owner, String title, String header, ImportReport report, List<Path> roots,
            Consumer<Path> open, String details) {
        Dialog<Void> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(header);
        if (owner != null && owner.isShowing()) {
            d.initOwner(owner);
        }
        d.setResizable(true);
        List<ImportProblems.Group> groups = ImportProblems.group(report, roots);
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().add(close);
        if (!groups.isEmpty()) {
            TreeTableView<Item> table = table(groups);
            ButtonType openType = new ButtonType("Open file", ButtonBar.ButtonData.LEFT);
            ButtonType copyType = new ButtonType("Copy list", ButtonBar.ButtonData.LEFT);
            d.getDialogPane().getButtonTypes().addAll(openType, copyType);
            Button openButton = (Button) d.getDialogPane().lookupButton(openType);
            openButton.setId("importReportOpen");
            openButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> selectedPath(table) == null, table.getSelectionModel().selectedItemProperty()));
            openButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                Path p = selectedPath(table);
                if (p != null) {
                    open.accept(p);
                }
                e.consume(); // stay open: there may be more files to fix
            });
            table.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && selectedPath(table) != null) {
                    open.accept(selectedPath(table));
                }
            });
            d.getDialogPane().lookupButton(copyType).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(details);
                Clipboard.getSystemClipboard().setContent(c);
                e.consume();
            });
            VBox box = new VBox(table);
            VBox.setVgrow(table, Priority.ALWAYS);
            box.setPrefSize(820, 420);
            d.getDialogPane().setContent(box);
        }
        d.show();
    }

    static Path selectedPath(TreeTableView<Item> table) {
        TreeItem<Item> s = table.getSelectionModel().getSelectedItem();
        return s == null || s.getValue() == null || s.getValue().row() == null ? null : s.getValue().row().path();
    }
}
