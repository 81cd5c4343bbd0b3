package app.dealbrief.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light or dark AtlantaFX theme; the preference value is "light" or "dark". */
public enum Theme {
    LIGHT, DARK;

    public static final String PREFERENCE = "ui.theme";

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Theme parse(String value) {
        return "dark".equalsIgnoreCase(value) ? DARK : LIGHT;
    }
}
