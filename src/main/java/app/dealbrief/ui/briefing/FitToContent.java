package app.dealbrief.ui.briefing;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

/**
 * Makes a list or table exactly as tall as its rows, so it never scrolls inside the page: the page is the one
 * scroll container and the mouse wheel always moves it. Rows may wrap to any height; the height is measured
 * after layout (first with room for every row, so every row is laid out), again when the width changes.
 */
final class FitToContent {
    /** More than any wrapped row needs: the first pass gives every row room to be laid out. */
    private static final double ROOM_PER_ROW = 160;

    private FitToContent() {
    }

    static void fit(ListView<?> list, double emptyHeight) {
        install(list, () -> list.getItems().size(), emptyHeight);
        list.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> refit(list, () -> list.getItems().size(), emptyHeight));
    }

    static void fit(TableView<?> table, double emptyHeight) {
        install(table, () -> table.getItems().size(), emptyHeight);
        table.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> refit(table, () -> table.getItems().size(), emptyHeight));
    }

    private static void install(Control c, java.util.function.IntSupplier size, double emptyHeight) {
        c.widthProperty().addListener((obs, was, now) -> {
            if (Math.abs(was.doubleValue() - now.doubleValue()) >= 1) {
                refit(c, size, emptyHeight);
            }
        });
        c.getProperties().put(FitToContent.class, Boolean.TRUE);
    }

    private static void refit(Control c, java.util.function.IntSupplier size, double emptyHeight) {
        int n = size.getAsInt();
        if (n == 0) {
            set(c, emptyHeight);
            return;
        }
        set(c, header(c) + n * ROOM_PER_ROW);
        Object round = new Object();
        c.getProperties().put(ROUND, round);
        later(() -> measure(c, size, round, MAX_TRIES));
    }

    private static final String ROUND = "fitToContent.round";
    /** Pulses to wait for the rows to be laid out at the generous height before measuring them. */
    private static final int MAX_TRIES = 30;

    private static void later(Runnable r) {
        javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(16));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private static void measure(Control c, java.util.function.IntSupplier size, Object round, int tries) {
        int n = size.getAsInt();
        if (n == 0 || c.getScene() == null || c.getProperties().get(ROUND) != round) {
            return; // emptied, gone, or a newer refit is under way
        }
        double rows = 0;
        double tallest = ROOM_PER_ROW;
        int seen = 0;
        for (Node node : c.lookupAll(c instanceof TableView ? ".table-row-cell" : ".list-cell")) {
            if (node instanceof IndexedCell<?> cell && cell.getIndex() >= 0 && cell.getIndex() < n && cell.isVisible()
                    && cell.getParent() != null && cell.getItem() != null) {
                // The height the row wants at the control's width: its laid-out height may be from before a re-wrap.
                double row = Math.max(cell.getHeight(), cell.prefHeight(c.getWidth()));
                rows += row;
                tallest = Math.max(tallest, row);
                seen++;
            }
        }
        if (seen < n) {
            if (tries > 0) {
                if (seen > 0) {
                    // Rows taller than the first guess (cards wrapping at a narrow width) pushed the last ones
                    // out of the virtual flow, which lays out only what fits: make room for them and look again.
                    set(c, Math.ceil(Math.max(c.getPrefHeight(), header(c) + rows) + (n - seen) * tallest));
                }
                later(() -> measure(c, size, round, tries - 1)); // not laid out at the new height yet
            }
            return; // on a hidden page: the next width change measures again
        }
        javafx.geometry.Insets in = c.getInsets();
        double h = Math.ceil(header(c) + rows + in.getTop() + in.getBottom() + 4);
        boolean changed = Math.abs(h - c.getPrefHeight()) > 1;
        set(c, h);
        if (changed && tries > 0) {
            later(() -> measure(c, size, round, tries - 1)); // rows may re-wrap at the new size: measure until stable
        }
    }

    private static double header(Control c) {
        Node h = c.lookup(".column-header-background");
        return h == null ? 0 : h.prefHeight(-1);
    }

    private static void set(Control c, double h) {
        c.setPrefHeight(h);
        c.setMinHeight(h);
        c.setMaxHeight(h);
    }
}
