package app.dealbrief.ui;

import app.dealbrief.ui.common.Icons;
import app.dealbrief.ui.search.SearchBox;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The main window's tool bar: import, the sheet's preview, export and print, search, the theme switch. */
final class MainToolBar extends ToolBar {
    MainToolBar(AppMenus.Actions actions, SearchBox searchBox) {
        Button imp = Icons.button(Feather.FOLDER_PLUS, "Import notes… (Ctrl+O)", actions::importFolder);
        Button preview = Icons.button(Feather.EYE, "Print preview (Ctrl+Shift+P)", actions::printPreview);
        Button export = Icons.button(Feather.DOWNLOAD, "Export PDF… (Ctrl+E)", actions::exportPdf);
        Button print = Icons.button(Feather.PRINTER, "Print… (Ctrl+P)", actions::print);
        Button theme = Icons.button(Feather.MOON, "Dark theme (Ctrl+Shift+D)",
                () -> actions.darkTheme().set(!actions.darkTheme().get()));
        Label brand = new Label("DealBrief");
        brand.getStyleClass().add("brand");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().setAll(brand, imp, preview, export, print, spacer, searchBox, theme);
        getStyleClass().add("main-toolbar");
    }
}
