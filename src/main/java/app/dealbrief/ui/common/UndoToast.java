package app.dealbrief.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * "Done — Undo" beside the control that was just used, where the reader's eyes are. Goes away by itself after a
 * few seconds, on Escape, or on a click elsewhere (the click still does what it was for). One toast at a time.
 */
public final class UndoToast {
    private static final Duration SHOWN = Duration.seconds(8);
    private static Popup current;

    private UndoToast() {
    }

    /**
     * Shows {@code message} and an Undo link at {@code anchor}'s top right. The toast's node id is {@code id}, the
     * link's {@code id + "Undo"}; the link is disabled while {@code disabled} is true; Undo runs {@code undo}.
     * {@code below} puts it under the anchor (for a toolbar button) instead of over its top edge (for a row).
     */
    public static void show(Node anchor, String id, String message, ObservableBooleanValue disabled, Runnable undo,
                            boolean below) {
        if (anchor == null || anchor.getScene() == null || anchor.getScene().getWindow() == null) {
            return;
        }
        hide();
        Label text = new Label(message);
        text.setId(id + "Text");
        Hyperlink link = new Hyperlink("Undo");
        link.setId(id + "Undo");
        if (disabled != null) {
            link.disableProperty().bind(disabled);
        }
        HBox box = new HBox(4, text, link);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("dismiss-toast");
        box.getStylesheets().setAll(anchor.getScene().getStylesheets());
        Popup popup = new Popup();
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setConsumeAutoHidingEvents(false);
        popup.setHideOnEscape(true);
        link.setOnAction(e -> {
            undo.run();
            popup.hide();
        });
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        double width = Math.max(220, box.prefWidth(-1));
        double x = b == null ? 0 : below ? Math.max(0, b.getMaxX() - width) : Math.max(b.getMinX(), b.getMaxX() - 220);
        double y = b == null ? 0 : below ? b.getMaxY() + 4 : b.getMinY();
        popup.show(anchor.getScene().getWindow(), x, y);
        current = popup;
        PauseTransition later = new PauseTransition(SHOWN);
        later.setOnFinished(e -> popup.hide());
        later.play();
    }

    public static void hide() {
        if (current != null) {
            current.hide();
            current = null;
        }
    }
}
