package app.dealbrief.ui.common;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Vector icons (a font), so they stay crisp at any scale. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        FontIcon f = new FontIcon(icon);
        f.getStyleClass().add("app-icon");
        return f;
    }

    /** A flat toolbar button showing only an icon, with a tooltip naming the action (and its shortcut). */
    public static javafx.scene.control.Button button(Feather icon, String tip, Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(null, of(icon));
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
