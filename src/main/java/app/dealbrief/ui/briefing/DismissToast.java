package app.dealbrief.ui.briefing;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * "Dismissed — Undo" beside the fact that was just dismissed, where the reader's eyes are (the header's Undo line
 * is far up the page). Goes away by itself after a few seconds, or on a click elsewhere.
 */
final class DismissToast {
    private static final Duration SHOWN = Duration.seconds(8);
    private static Popup current;

    private DismissToast() {
    }

    /** Shows the toast at {@code anchor}'s top right; Undo takes the dismissal back once it is stored. */
    static void show(Node anchor, CorrectionsViewModel vm) {
        if (anchor == null || anchor.getScene() == null || anchor.getScene().getWindow() == null) {
            return;
        }
        hide();
        Label text = new Label("Dismissed —");
        Hyperlink undo = new Hyperlink("Undo");
        undo.setId("dismissToastUndo");
        undo.disableProperty().bind(vm.undoableProperty().isNull());
        HBox box = new HBox(4, text, undo);
        box.setId("dismissToast");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("dismiss-toast");
        box.getStylesheets().setAll(anchor.getScene().getStylesheets());
        Popup popup = new Popup();
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setConsumeAutoHidingEvents(false); // a click elsewhere closes it and still does what it was for
        popup.setHideOnEscape(true);
        undo.setOnAction(e -> {
            vm.undo();
            popup.hide();
        });
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        double x = b == null ? 0 : Math.max(b.getMinX(), b.getMaxX() - 220);
        double y = b == null ? 0 : b.getMinY();
        popup.show(anchor.getScene().getWindow(), x, y);
        current = popup;
        PauseTransition later = new PauseTransition(SHOWN);
        later.setOnFinished(e -> popup.hide());
        later.play();
    }

    static void hide() {
        if (current != null) {
            current.hide();
            current = null;
        }
    }
}
