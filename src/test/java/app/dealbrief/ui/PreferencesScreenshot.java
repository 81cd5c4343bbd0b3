package app.dealbrief.ui;

import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real screenshot of File → Preferences… on the fake workspace (run under xvfb-run like {@link Screenshot}):
 * writes ui-preferences.png. A look at the dialog as a user sees it, not a test.
 */
public final class PreferencesScreenshot {
    private PreferencesScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target");
        Path data = Files.createTempDirectory("dealbrief-prefs");
        DealBriefApp.workspaceFactory = FakeWorkspace::new;
        new Thread(() -> Application.launch(DealBriefApp.class, "--data-dir=" + data), "launcher").start();
        Stage main = Screenshot.until(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().lookup("#accountList") != null).map(w -> (Stage) w).findFirst().orElse(null));
        Screenshot.settle();
        Screenshot.fx(() -> {
            MenuBar bar = (MenuBar) main.getScene().lookup(".menu-bar");
            for (Menu m : bar.getMenus()) {
                for (MenuItem i : m.getItems()) {
                    if ("menuPreferences".equals(i.getId())) {
                        javafx.application.Platform.runLater(i::fire); // the form waits for the user
                    }
                }
            }
        });
        Stage dialog = Screenshot.until(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s != main && s.isShowing() && s.getScene() != null)
                .map(w -> (Stage) w).findFirst().orElse(null));
        Screenshot.settle();
        Screenshot.snap(dialog.getScene(), out.resolve("ui-preferences.png"));
        System.exit(0);
    }
}
