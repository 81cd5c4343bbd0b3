package app.dealbrief.ui.briefing;

import app.dealbrief.ui.common.UndoToast;
import javafx.scene.Node;

/**
 * "Dismissed — Undo" beside the fact that was just dismissed, where the reader's eyes are (the header's Undo line
 * is far up the page). Goes away by itself after a few seconds, or on a click elsewhere.
 */
final class DismissToast {
    private DismissToast() {
    }

    /** Shows the toast at {@code anchor}'s top right; Undo takes the dismissal back once it is stored. */
    static void show(Node anchor, CorrectionsViewModel vm) {
        UndoToast.show(anchor, "dismissToast", "Dismissed —", vm.undoableProperty().isNull(), vm::undo, false);
    }
}
