package app.dealbrief.ui;

import app.dealbrief.ui.common.Icons;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.feather.Feather;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The desktop conventions a user reaches for first: an Edit menu on whatever text has the focus, zoom
 * (the whole window's font size), Help → Keyboard shortcuts listing every accelerator, and the version.
 */
final class DesktopMenus {
    static final double BASE_FONT = 14;
    static final double MIN_FONT = 10;
    static final double MAX_FONT = 24;
    private static double fontSize = BASE_FONT;

    private DesktopMenus() {
    }

    /**
     * Undo, Redo, Cut, Copy, Paste and Find; each acts on the focused text field or editor. Undo with no text to
     * undo takes back the window's last undoable action ({@code lastAction}: a note moved to the trash).
     */
    static Menu edit(MenuBar bar, Runnable search, UndoableAction lastAction) {
        Menu edit = new Menu("_Edit", null,
                item("menuUndo", "Undo", Feather.ROTATE_CCW, "Shortcut+Z", () -> undo(bar, lastAction)),
                item("menuRedo", "Redo", Feather.ROTATE_CW, "Shortcut+Shift+Z", () -> text(bar, TextInputControl::redo)),
                new SeparatorMenuItem(),
                item("menuCut", "Cut", Feather.SCISSORS, "Shortcut+X", () -> text(bar, TextInputControl::cut)),
                item("menuCopy", "Copy", Feather.COPY, "Shortcut+C", () -> text(bar, TextInputControl::copy)),
                item("menuPaste", "Paste", Feather.CLIPBOARD, "Shortcut+V", () -> text(bar, TextInputControl::paste)),
                new SeparatorMenuItem(),
                item("menuFind", "Find…", Feather.SEARCH, "Shortcut+F", () -> find(bar, search)));
        // Undo and friends only make sense with text in focus.
        edit.setOnShowing(e -> {
            boolean text = focused(bar) instanceof TextInputControl;
            edit.getItems().stream().filter(i -> !"menuFind".equals(i.getId()) && !(i instanceof SeparatorMenuItem))
                    .forEach(i -> i.setDisable(!text && !("menuUndo".equals(i.getId()) && lastAction.canUndo())));
        });
        return edit;
    }

    /** Something the window did that Undo can take back when no text has an undo of its own. */
    interface UndoableAction {
        boolean canUndo();

        void undo();
    }

    private static void undo(MenuBar bar, UndoableAction lastAction) {
        if (focused(bar) instanceof TextInputControl t && t.isUndoable()) {
            t.undo();
        } else if (lastAction.canUndo()) {
            lastAction.undo();
        }
    }

    /** Zoom in, out and back: the window's base font size, every em-sized thing follows. */
    static List<MenuItem> zoom(MenuBar bar) {
        return List.of(
                item("menuZoomIn", "Zoom in", Feather.ZOOM_IN, "Shortcut+Equals", () -> setFont(bar.getScene(), fontSize + 1)),
                item("menuZoomOut", "Zoom out", Feather.ZOOM_OUT, "Shortcut+Minus", () -> setFont(bar.getScene(), fontSize - 1)),
                item("menuZoomReset", "Actual size", Feather.MAXIMIZE, "Shortcut+0", () -> setFont(bar.getScene(), BASE_FONT)));
    }

    static MenuItem shortcuts(MenuBar bar) {
        return item("menuShortcuts", "Keyboard shortcuts", Feather.COMMAND, "Shortcut+Slash", () -> showShortcuts(bar));
    }

    static void setFont(Scene scene, double size) {
        fontSize = Math.max(MIN_FONT, Math.min(MAX_FONT, size));
        if (scene != null) {
            scene.getRoot().setStyle("-fx-font-size: " + fontSize + "px;");
        }
    }

    static double fontSize() {
        return fontSize;
    }

    /** Every menu item that has an accelerator, as "Menu › Item — Ctrl+K", plus the editor's own keys. */
    static List<String> shortcutLines(MenuBar bar) {
        List<String> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i.getAccelerator() != null) {
                    out.add(m.getText().replace("_", "") + " › " + i.getText() + "\t" + i.getAccelerator().getDisplayText());
                }
            }
        }
        out.add("Note editor › Save now\t" + KeyCombination.keyCombination("Shortcut+S").getDisplayText());
        out.add("Quick open › Choose, open, close\t↑ ↓ · Enter · Esc");
        return out;
    }

    private static void showShortcuts(MenuBar bar) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("shortcutsList");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (String line : shortcutLines(bar)) {
            String[] parts = line.split("\t");
            javafx.scene.control.Label what = new javafx.scene.control.Label(parts[0]);
            javafx.scene.control.Label keys = new javafx.scene.control.Label(parts[1]);
            keys.getStyleClass().add("shortcut-keys");
            what.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, what, keys);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setContent(scroll);
        a.setResizable(true);
        if (bar.getScene() != null && bar.getScene().getWindow() != null && bar.getScene().getWindow().isShowing()) {
            a.initOwner(bar.getScene().getWindow());
        }
        a.show();
    }

    /** "DealBrief 0.1.0", from the version file the build writes. */
    static String version() {
        try (InputStream in = DesktopMenus.class.getResourceAsStream("/app/dealbrief/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: a development build without the filtered file
        }
        String v = DesktopMenus.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    private static Node focused(MenuBar bar) {
        Scene s = bar.getScene();
        return s == null ? null : s.getFocusOwner();
    }

    private static void text(MenuBar bar, java.util.function.Consumer<TextInputControl> action) {
        if (focused(bar) instanceof TextInputControl t) {
            action.accept(t);
        }
    }

    /** In the note editor: find in the note (the editor's own Ctrl+F); elsewhere: search all notes. */
    private static void find(MenuBar bar, Runnable search) {
        Node n = focused(bar);
        if (n != null && "noteEditor".equals(n.getId())) {
            javafx.event.Event.fireEvent(n, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F,
                    false, !isMac(), false, isMac()));
        } else {
            search.run();
        }
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
    }

    private static MenuItem item(String id, String text, Feather icon, String keys, Runnable action) {
        MenuItem m = new MenuItem(text, Icons.of(icon));
        m.setId(id);
        m.setAccelerator(KeyCombination.keyCombination(keys));
        m.setOnAction(e -> action.run());
        return m;
    }
}
