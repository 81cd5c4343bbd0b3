package app.dealbrief.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light or dark AtlantaFX theme; the preference value is "light" or "dark". */
public enum Theme {
    LIGHT, DARK;

    public static final String PREFERENCE = "ui.theme";

    /**
     * Makes this the theme of every window. Setting the same stylesheet again is not free: JavaFX styles
     * the whole window again (about a second of a cold start), so that is skipped.
     */
    public void apply() {
        String css = this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!css.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(css);
        }
    }

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Theme parse(String value) {
        return "dark".equalsIgnoreCase(value) ? DARK : LIGHT;
    }
}
