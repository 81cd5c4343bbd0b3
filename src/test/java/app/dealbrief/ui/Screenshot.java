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
 * Takes real screenshots of the window on the fake workspace: run under xvfb-run with the test classpath
 * (not Monocle), e.g. {@code xvfb-run -s "-screen 0 1600x1000x24" java -cp target/classes:target/test-classes:$CP
 * app.dealbrief.ui.Screenshot target}; {@code -Dshot.size=1024x700} sets the window size. Writes ui-screenshot.png (briefing), ui-screenshot-notes.png, ui-screenshot-timeline.png, ui-screenshot-dark.png.
 */
public final class Screenshot {
    private Screenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target");
        Path data = Files.createTempDirectory("dealbrief-shot");
        // -Dshot.real=true: the real store with the bundled sample accounts (for the README), else the fake.
        if (!Boolean.getBoolean("shot.real")) {
            DealBriefApp.workspaceFactory = FakeWorkspace::new;
            DealBriefApp.clock = java.time.Clock.fixed(java.time.Instant.parse("2025-11-24T09:00:00Z"), java.time.ZoneOffset.UTC);
        }
        new Thread(() -> Application.launch(DealBriefApp.class, "--data-dir=" + data), "launcher").start();

        Stage stage = until(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().lookup("#accountList") != null).map(w -> (Stage) w).findFirst().orElse(null));
        // -Dshot.size=1024x700: the window size to look at (default 1440x920, the README's)
        String[] size = System.getProperty("shot.size", "1440x920").split("x");
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(size[0]));
            stage.setHeight(Double.parseDouble(size[1]));
        });
        Scene scene = stage.getScene();
        @SuppressWarnings("unchecked")
        ListView<AccountSummary> accounts = (ListView<AccountSummary>) scene.lookup("#accountList");
        until(() -> accounts.getItems().size() > 3 ? true : null);
        fx(() -> accounts.getItems().stream().filter(a -> a.name().startsWith("Microsoft")).findFirst()
                .ifPresent(a -> accounts.getSelectionModel().select(a)));
        until(() -> ((ListView<?>) scene.lookup("#pitchList")).getItems().isEmpty() ? null : true);
        settle();
        snap(scene, out.resolve("ui-screenshot.png"));
        fx(() -> ((javafx.scene.control.ScrollPane) scene.lookup("#briefingView")).setVvalue(0.6));
        settle();
        snap(scene, out.resolve("ui-screenshot-middle.png"));
        fx(() -> ((javafx.scene.control.ScrollPane) scene.lookup("#briefingView")).setVvalue(1));
        settle();
        snap(scene, out.resolve("ui-screenshot-lower.png"));
        fx(() -> ((javafx.scene.control.ScrollPane) scene.lookup("#briefingView")).setVvalue(0));

        fx(() -> ((javafx.scene.control.TextField) scene.lookup("#searchField")).setText("Azure"));
        until(() -> scene.lookup("#searchResults").isVisible() ? true : null);
        fx(() -> scene.lookup("#searchField").requestFocus());
        settle();
        snap(scene, out.resolve("ui-screenshot-search.png"));
        fx(() -> ((javafx.scene.control.TextField) scene.lookup("#searchField")).setText(""));

        fx(() -> ((javafx.scene.control.MenuBar) scene.lookup("#menuBar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menuPrintPreview".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        Scene preview = until(() -> Window.getWindows().stream().map(Window::getScene)
                .filter(sc -> sc != null && sc.lookup("#printPreview") != null).findFirst().orElse(null));
        settle();
        until(() -> preview.getRoot().lookup(".paper") != null ? true : null);
        settle();
        snap(preview, out.resolve("ui-screenshot-preview.png"));
        fx(() -> preview.getWindow().hide());

        TabPane tabs = (TabPane) scene.lookup(".main-tabs");
        fx(() -> tabs.getSelectionModel().select(1));
        until(() -> ((ListView<?>) scene.lookup("#noteList")).getItems().isEmpty() ? null : true);
        fx(() -> ((ListView<?>) scene.lookup("#noteList")).getSelectionModel().select(0));
        until(() -> scene.lookup(".note-title"));
        settle();
        snap(scene, out.resolve("ui-screenshot-notes.png"));
        fx(() -> tabs.getSelectionModel().select(2));
        until(() -> ((ListView<?>) scene.lookup("#timelineList")).getItems().isEmpty() ? null : true);
        settle();
        snap(scene, out.resolve("ui-screenshot-timeline.png"));

        fx(() -> {
            tabs.getSelectionModel().select(0);
            app.dealbrief.ui.common.Theme.DARK.apply();
        });
        settle();
        snap(scene, out.resolve("ui-screenshot-dark.png"));
        Platform.exit();
        System.exit(0);
    }

    static void settle() throws Exception {
        Thread.sleep(700); // a utility, not a test: let layout and fonts finish before the snapshot
        fx(() -> { });
    }

    static void snap(Scene scene, Path file) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        done.get(20, TimeUnit.SECONDS);
        System.out.println("wrote " + file.toAbsolutePath());
    }

    static void fx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(20, TimeUnit.SECONDS);
    }

    static <T> T until(Callable<T> probe) throws Exception {
        long end = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < end) {
            CompletableFuture<T> f = new CompletableFuture<>();
            T v;
            try {
                Platform.runLater(() -> {
                    try {
                        f.complete(probe.call());
                    } catch (Exception e) {
                        f.complete(null);
                    }
                });
                v = f.get(5, TimeUnit.SECONDS);
            } catch (Exception | Error e) {
                v = null; // toolkit not up yet
            }
            if (v != null) {
                return v;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out waiting for the window");
    }
}
