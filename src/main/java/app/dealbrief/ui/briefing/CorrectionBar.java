package app.dealbrief.ui.briefing;

import app.dealbrief.domain.Correction;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Nothing the user corrects is lost: the last correction with an Undo, and "Show dismissed (N)" listing the
 * dismissed facts, each with Restore.
 */
final class CorrectionBar extends VBox {
    private final CorrectionsViewModel vm;
    private final VBox list = new VBox(2);

    CorrectionBar(CorrectionsViewModel vm) {
        super(2);
        this.vm = vm;
        setId("correctionBar");
        getStyleClass().add("correction-bar");

        Label last = new Label();
        last.setId("lastCorrection");
        last.getStyleClass().add("muted");
        last.textProperty().bind(vm.lastChangeProperty());
        Hyperlink undo = new Hyperlink("Undo");
        undo.setId("undoCorrection");
        undo.visibleProperty().bind(vm.undoableProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.undo());

        ToggleButton show = new ToggleButton();
        show.setId("showDismissed");
        show.getStyleClass().addAll("flat", "small");
        show.textProperty().bind(Bindings.concat("Show dismissed (", Bindings.size(vm.dismissed()), ")"));
        show.visibleProperty().bind(Bindings.isNotEmpty(vm.dismissed()));
        show.managedProperty().bind(show.visibleProperty());

        HBox line = new HBox(8, show, last, undo);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(show.visibleProperty().or(vm.lastChangeProperty().isNotEmpty()));
        line.managedProperty().bind(line.visibleProperty());

        list.setId("dismissedList");
        list.visibleProperty().bind(show.selectedProperty().and(show.visibleProperty()));
        list.managedProperty().bind(list.visibleProperty());
        vm.dismissed().addListener((javafx.collections.ListChangeListener<Correction>) c -> fill());
        getChildren().addAll(line, list);
        fill();
    }

    private void fill() {
        list.getChildren().clear();
        for (Correction c : vm.dismissed()) {
            Label what = new Label(kind(c) + ": " + c.describe());
            what.getStyleClass().add("dismissed-fact");
            Hyperlink restore = new Hyperlink("Restore");
            restore.getStyleClass().add("restore-link");
            restore.setOnAction(e -> vm.restore(c));
            HBox row = new HBox(6, what, restore);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
    }

    private static String kind(Correction c) {
        return switch (c.fact()) {
            case TERM -> "Term";
            case ACCELERATOR -> "Accelerator";
            case PITCH -> "Pitch";
        };
    }
}
