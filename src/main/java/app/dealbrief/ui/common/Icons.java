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
}
