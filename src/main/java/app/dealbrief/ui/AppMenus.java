package app.dealbrief.ui;

import app.dealbrief.ui.common.Icons;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;

/** The menu bar. Every action has a shortcut; ids are the acceptance contract (DESIGN.md section 3). */
final class AppMenus {
    private AppMenus() {
    }

    /** What the menus do; MainView implements it. */
    interface Actions {
        void importFolder();

        void importFiles();

        void newNote();

        void showTrash();

        void exportNotes();

        void backupNow();

        void restoreBackup();

        void setPassphrase();

        void printPreview();

        void exportPdf();

        void print();

        void quit();

        void focusSearch();

        void quickOpen();

        void showTimeline();

        void focusAccounts();

        void showBriefing();

        void showNotes();

        void reload();

        void about();

        void preferences();

        /** The window's last undoable action (Edit → Undo when no text has an undo of its own). */
        DesktopMenus.UndoableAction lastAction();

        BooleanProperty darkTheme();
    }

    static MenuBar build(Actions a) {
        MenuItem importFolder = item("menuImport", "Import notes…", Feather.FOLDER_PLUS, "Shortcut+O", a::importFolder);
        MenuItem importFiles = item("menuImportFiles", "Import files…", Feather.FILE_PLUS, "Shortcut+Shift+O", a::importFiles);
        MenuItem newNote = item("menuNewNote", "New note…", Feather.EDIT, "Shortcut+N", a::newNote);
        MenuItem trash = item("menuTrash", "Trash…", Feather.TRASH_2, "Shortcut+Shift+Delete", a::showTrash);
        MenuItem preview = item("menuPrintPreview", "Print preview", Feather.EYE, "Shortcut+Shift+P", a::printPreview);
        MenuItem export = item("menuExportPdf", "Export PDF…", Feather.DOWNLOAD, "Shortcut+E", a::exportPdf);
        MenuItem print = item("menuPrint", "Print…", Feather.PRINTER, "Shortcut+P", a::print);
        MenuItem exportNotes = item("menuExportNotes", "Export notes…", Feather.SHARE, "Shortcut+Shift+E", a::exportNotes);
        MenuItem backup = item("menuBackup", "Back up now…", Feather.ARCHIVE, "Shortcut+Shift+B", a::backupNow);
        MenuItem restore = item("menuRestore", "Restore backup…", Feather.ROTATE_CCW, "Shortcut+Shift+R", a::restoreBackup);
        MenuItem passphrase = item("menuPassphrase", "Set passphrase…", Feather.LOCK, "Shortcut+Shift+L", a::setPassphrase);
        MenuItem prefs = item("menuPreferences", "Preferences…", Feather.SETTINGS, "Shortcut+Comma", a::preferences);
        MenuItem quit = item("menuQuit", "Quit", Feather.LOG_OUT, "Shortcut+Q", a::quit);
        Menu file = new Menu("_File", null, importFolder, importFiles, newNote, trash, new SeparatorMenuItem(),
                preview, export, print, new SeparatorMenuItem(), exportNotes, backup, restore, passphrase,
                new SeparatorMenuItem(), prefs, new SeparatorMenuItem(), quit);

        CheckMenuItem dark = new CheckMenuItem("Dark theme", Icons.of(Feather.MOON));
        dark.setId("menuDarkTheme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(a.darkTheme());
        Menu view = new Menu("_View", null,
                item("menuBriefing", "Briefing", Feather.LAYOUT, "Shortcut+1", a::showBriefing),
                item("menuNotes", "Notes", Feather.FILE_TEXT, "Shortcut+2", a::showNotes),
                item("menuTimeline", "Timeline", Feather.CLOCK, "Shortcut+3", a::showTimeline),
                new SeparatorMenuItem(),
                item("menuQuickOpen", "Quick open…", Feather.COMMAND, "Shortcut+K", a::quickOpen),
                item("menuSearch", "Search notes", Feather.SEARCH, "Shortcut+Shift+F", a::focusSearch),
                item("menuFilterAccounts", "Filter accounts", Feather.FILTER, "Shortcut+L", a::focusAccounts),
                item("menuReload", "Reload", Feather.REFRESH_CW, "F5", a::reload),
                new SeparatorMenuItem(), dark);

        Menu help = new Menu("_Help", null, item("menuAbout", "About DealBrief", Feather.INFO, "F1", a::about));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        bar.getMenus().add(1, DesktopMenus.edit(bar, a::focusSearch, a.lastAction()));
        view.getItems().addAll(new SeparatorMenuItem());
        view.getItems().addAll(DesktopMenus.zoom(bar));
        help.getItems().add(0, DesktopMenus.shortcuts(bar));
        return bar;
    }

    private static MenuItem item(String id, String text, Feather icon, String keys, Runnable action) {
        MenuItem m = new MenuItem(text, Icons.of(icon));
        m.setId(id);
        m.setAccelerator(KeyCombination.keyCombination(keys));
        m.setOnAction(e -> action.run());
        return m;
    }
}
