package app.dealbrief.ui;

import app.dealbrief.domain.AccountSummary;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Screenshots of quick open, the filtered notes with Mentioned in, and the timeline, on the fake workspace.
 * Run like {@link Screenshot}: {@code xvfb-run -s "-screen 0 1600x1000x24" java -cp ... app.dealbrief.ui.FinderScreenshot target}.
 */
public final class FinderScreenshot {
    private FinderScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target");
        Path data = Files.createTempDirectory("dealbrief-shot");
        DealBriefApp.workspaceFactory = FakeWorkspace::new;
        DealBriefApp.clock = java.time.Clock.fixed(java.time.Instant.parse("2025-11-24T09:00:00Z"), java.time.ZoneOffset.UTC);
        new Thread(() -> Application.launch(DealBriefApp.class, "--data-dir=" + data), "launcher").start();
        Stage stage = Screenshot.until(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().lookup("#accountList") != null).map(w -> (Stage) w).findFirst().orElse(null));
        Screenshot.fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(920);
        });
        Scene scene = stage.getScene();
        @SuppressWarnings("unchecked")
        ListView<AccountSummary> accounts = (ListView<AccountSummary>) scene.lookup("#accountList");
        Screenshot.until(() -> accounts.getItems().size() > 3 ? true : null);
        Screenshot.fx(() -> accounts.getItems().stream().filter(a -> a.name().equals("Microsoft")).findFirst()
                .ifPresent(a -> accounts.getSelectionModel().select(a)));
        Screenshot.until(() -> ((ListView<?>) scene.lookup("#pitchList")).getItems().isEmpty() ? null : true);

        Screenshot.fx(() -> ((javafx.scene.control.MenuBar) scene.lookup("#menuBar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menuQuickOpen".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        Screenshot.fx(() -> ((javafx.scene.control.TextField) scene.lookup("#quickOpenField")).setText("ms"));
        Screenshot.until(() -> ((ListView<?>) scene.lookup("#quickOpenList")).getItems().isEmpty() ? null : true);
        Screenshot.settle();
        Screenshot.snap(scene, out.resolve("ui-finder-quickopen.png"));
        Screenshot.fx(() -> ((javafx.scene.control.TextField) scene.lookup("#quickOpenField")).setText(""));
        Screenshot.fx(() -> scene.lookup("#quickOpenField").fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ESCAPE, false, false, false, false)));

        TabPane tabs = (TabPane) scene.lookup(".main-tabs");
        Screenshot.fx(() -> tabs.getSelectionModel().select(1));
        Screenshot.until(() -> ((ListView<?>) scene.lookup("#noteList")).getItems().isEmpty() ? null : true);
        Screenshot.fx(() -> ((org.controlsfx.control.CheckComboBox<?>) scene.lookup("#noteTagFilter")).getCheckModel().check(1));
        Screenshot.fx(() -> ((ListView<?>) scene.lookup("#noteList")).getSelectionModel().select(0));
        Screenshot.until(() -> scene.lookup(".note-title"));
        Screenshot.settle();
        Screenshot.snap(scene, out.resolve("ui-finder-notes.png"));

        Screenshot.fx(() -> tabs.getSelectionModel().select(2));
        Screenshot.until(() -> ((ListView<?>) scene.lookup("#timelineList")).getItems().isEmpty() ? null : true);
        Screenshot.settle();
        Screenshot.snap(scene, out.resolve("ui-finder-timeline.png"));
        Platform.exit();
        System.exit(0);
    }

}
