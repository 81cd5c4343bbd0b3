package app.dealbrief.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Window geometry, zoom (the window's base font size) and last account as preferences; geometry is restored only
 * where a screen can show it.
 */
record WindowState(Double x, Double y, Double w, Double h, boolean maximized, String lastAccount, Double fontSize) {
    static final String X = "ui.window.x";
    static final String Y = "ui.window.y";
    static final String W = "ui.window.w";
    static final String H = "ui.window.h";
    static final String MAX = "ui.window.maximized";
    static final String LAST = "ui.lastAccount";
    static final String ZOOM = "ui.fontSize";
    static final List<String> KEYS = List.of(X, Y, W, H, MAX, LAST, ZOOM);

    static WindowState read(Function<String, String> prefs) {
        return new WindowState(num(prefs.apply(X)), num(prefs.apply(Y)), num(prefs.apply(W)), num(prefs.apply(H)),
                "true".equals(prefs.apply(MAX)), prefs.apply(LAST), num(prefs.apply(ZOOM)));
    }

    static WindowState of(Stage s, String lastAccount, double fontSize) {
        return new WindowState(s.getX(), s.getY(), s.getWidth(), s.getHeight(), s.isMaximized(), lastAccount, fontSize);
    }

    Map<String, String> values() {
        Map<String, String> m = new LinkedHashMap<>();
        if (!maximized && w != null && h != null && !w.isNaN() && !h.isNaN()) {
            m.put(X, Long.toString(Math.round(x)));
            m.put(Y, Long.toString(Math.round(y)));
            m.put(W, Long.toString(Math.round(w)));
            m.put(H, Long.toString(Math.round(h)));
        }
        m.put(MAX, Boolean.toString(maximized));
        if (lastAccount != null) {
            m.put(LAST, lastAccount);
        }
        if (fontSize != null && !fontSize.isNaN()) {
            m.put(ZOOM, Long.toString(Math.round(fontSize)));
        }
        return m;
    }

    void applyTo(Stage stage) {
        if (w != null && h != null && w >= 400 && h >= 300) {
            Rectangle2D bounds = screenFor(x, y);
            double width = Math.min(w, bounds.getWidth());
            double height = Math.min(h, bounds.getHeight());
            stage.setWidth(width);
            stage.setHeight(height);
            if (x != null && y != null) {
                // Clamp so the title bar is always reachable, even after a monitor was unplugged.
                stage.setX(clamp(x, bounds.getMinX(), bounds.getMaxX() - width));
                stage.setY(clamp(y, bounds.getMinY(), bounds.getMaxY() - height));
            }
        }
        if (maximized) {
            stage.setMaximized(true);
        }
        if (fontSize != null && stage.getScene() != null) {
            DesktopMenus.setFont(stage.getScene(), fontSize); // clamped there to the zoom range
        }
    }

    private static Rectangle2D screenFor(Double x, Double y) {
        if (x != null && y != null) {
            List<Screen> hit = Screen.getScreensForRectangle(x, y, 1, 1);
            if (!hit.isEmpty()) {
                return hit.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }

    private static Double num(String s) {
        try {
            return s == null ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
