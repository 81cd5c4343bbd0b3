package app.dealbrief.ui;

import app.dealbrief.ui.common.FxBackground;
import app.dealbrief.ui.common.FxDialogService;
import app.dealbrief.ui.common.Theme;
import app.dealbrief.workspace.DataDir;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The DealBrief window. Shows at once with "Opening…", opens the workspace off the FX thread, then fills
 * in. Can be started more than once per JVM (tests do): no static state but the factory hook below, and
 * stop() never exits the JVM or the toolkit.
 */
public class DealBriefApp extends Application {

    /** Test hook: how the workspace is opened. Tests set a fake and restore {@link #DEFAULT_FACTORY}. */
    public static final Function<Path, Workspace> DEFAULT_FACTORY = Workspaces::openWithSamples;
    public static volatile Function<Path, Workspace> workspaceFactory = DEFAULT_FACTORY;
    /** Test hook: "today" for staleness and overdue items. */
    public static volatile Clock clock = Clock.systemDefaultZone();

    private static final String CSS = "/app/dealbrief/ui/app.css";
    /** Swallows the keyboard while the "Opening…" cover is shown. */
    private static final EventHandler<KeyEvent> COVERED = Event::consume;

    private final FxBackground background = new FxBackground();
    // Set on the worker thread the moment the workspace opens, so stop() can close it even mid-start.
    private final AtomicReference<Workspace> workspace = new AtomicReference<>();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private volatile boolean stopped;
    private Stage stage;
    private Path dataDir; // from the arguments, in init()
    private FxDialogService dialogs;
    private MainView main;
    private MainView early; // built while the store opens; becomes main when it has opened

    /** On the launcher thread, before the window: the log file is disk work the FX thread must not do. */
    @Override
    public void init() {
        dataDir = DataDir.resolve(DataDir.fromArgs(getParameters().getRaw()));
        if (workspaceFactory == DEFAULT_FACTORY) {
            Workspaces.warmUp(true, false); // the store opens and the first briefing follows the window
            // The real app logs to logs/ of its data folder (tests with a fake keep the default console log).
            app.dealbrief.workspace.logging.LogSetup.configure(dataDir);
        }
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Theme.LIGHT.apply();
        dialogs = new FxDialogService(() -> stage);
        dialogs.setFileOpener(file -> getHostServices().showDocument(file.toUri().toString()));
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> dialogs.unexpected("Unexpected error", e)));

        Label opening = new Label("Opening " + dataDir + "…");
        opening.getStyleClass().add("opening-label");
        opening.setWrapText(true);
        VBox card = new VBox(14, new ProgressIndicator(), opening);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("opening-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane placeholder = new StackPane(card);
        placeholder.getStyleClass().add("opening");
        // Never larger than the screen: a window taller than it is clipped (and breaks Monocle's painter).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(placeholder, Math.min(1280, screen.getWidth()), Math.min(840, screen.getHeight() - 40));
        scene.getStylesheets().add(DealBriefApp.class.getResource(CSS).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("DealBrief");
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.show();

        Function<Path, Workspace> factory = workspaceFactory;
        Runnable failed = () -> {
            opening.setText("DealBrief could not open its data folder.");
            card.getChildren().remove(0);
        };
        // Reading the key file is disk work too: ask the worker whether the store is locked.
        background.run(() -> factory == DEFAULT_FACTORY && Workspaces.isEncrypted(dataDir), locked -> {
            if (locked) {
                unlock(scene, dataDir, failed, "The notes in " + dataDir + " are encrypted. Enter the passphrase.");
            } else {
                AtomicReference<Workspace> ready = new AtomicReference<>();
                background.run(() -> {
                    Opened o = open(factory, dataDir);
                    ready.set(o.workspace());
                    return o;
                }, opened -> show(scene, opened, dataDir), e -> {
                    if (scene.getRoot() instanceof StackPane cover) {
                        cover.getChildren().remove(early); // nothing in it ever ran
                    }
                    placeholder.getStyleClass().remove("over-shell");
                    early = null;
                    scene.removeEventFilter(KeyEvent.ANY, COVERED);
                    openFailed(scene, dataDir, factory, failed, e);
                });
                // The FX thread would wait idle while the store opens (a second or more at 100,000 notes):
                // build the window's content now, under the "Opening…" cover. It reaches the store only through
                // the worker, behind the open, and loads nothing until show().
                early = new MainView(stage, Workspaces.whenOpen(ready::get), background, dialogs, clock, dark,
                        dataDir);
                scene.setRoot(new StackPane(early, placeholder));
                // The shell (menus, tool bar, "Loading accounts…") shows through a light veil at once; the veil
                // still takes the mouse until the store is open.
                placeholder.getStyleClass().add("over-shell");
                // The cover stops the mouse; the keyboard must not reach the hidden window either (its
                // shortcuts would open dialogs and queue work for a store that may never open).
                scene.addEventFilter(KeyEvent.ANY, COVERED);
            }
        }, e -> {
            failed.run();
            dialogs.error("Could not open DealBrief", e);
        });
    }

    /**
     * Opening failed. A damaged store with a backup beside it is offered the newest backup (restore keeps the
     * damaged file); anything else is said plainly. Nothing is ever opened empty over the user's data.
     */
    private void openFailed(Scene scene, Path dataDir, Function<Path, Workspace> factory, Runnable failed, Throwable e) {
        if (Workspaces.isInUse(e)) {
            // A second launch on the same folder: say it once, then leave (no window that can do nothing).
            dialogs.infoAndWait("DealBrief is already open", "DealBrief is already open on " + dataDir
                    + ". Switch to that window, or close it (or the running command) and start DealBrief again.");
            stage.close();
            return;
        }
        Path backup = Workspaces.isDamagedStore(e) ? Workspaces.newestBackup(dataDir) : null;
        if (backup != null && dialogs.confirm("DealBrief's store is damaged", e.getMessage(), "Restore newest backup")) {
            background.run(() -> {
                Workspaces.restore(dataDir, backup);
                return open(factory, dataDir);
            }, opened -> show(scene, opened, dataDir), again -> {
                failed.run();
                dialogs.error("Could not restore the backup", again);
            });
            return;
        }
        failed.run();
        if (backup == null) {
            dialogs.error("Could not open DealBrief", e);
        }
    }

    /** Asks for the passphrase until it opens the store or the user gives up; a wrong one changes nothing. */
    private void unlock(Scene scene, Path dataDir, Runnable failed, String message) {
        var pass = dialogs.askPassphrase("Unlock DealBrief", message, false);
        if (pass.isEmpty()) {
            failed.run();
            return;
        }
        char[] p = pass.get();
        background.run(() -> {
            try {
                return open(dir -> Workspaces.openWithSamples(dir, p), dataDir);
            } finally {
                java.util.Arrays.fill(p, '\0');
            }
        }, opened -> show(scene, opened, dataDir), e -> {
            if (Workspaces.isWrongPassphrase(e)) {
                unlock(scene, dataDir, failed, "Wrong passphrase: nothing was opened or changed. Try again.");
            } else {
                failed.run();
                dialogs.error("Could not open DealBrief", e);
            }
        });
    }

    private record Opened(Workspace workspace, Map<String, String> prefs) {
    }

    /** On the worker: open the store and read the preferences the window needs, in one go. */
    private Opened open(Function<Path, Workspace> factory, Path dataDir) {
        Workspace ws = factory.apply(dataDir);
        workspace.set(ws);
        Map<String, String> prefs = new HashMap<>();
        for (String key : WindowState.KEYS) {
            prefs.put(key, ws.preference(key));
        }
        prefs.put(Theme.PREFERENCE, ws.preference(Theme.PREFERENCE));
        prefs.put(MainViewModel.OFFERED, ws.encrypted() ? "encrypted" : ws.preference(MainViewModel.OFFERED));
        return new Opened(ws, prefs);
    }

    private void show(Scene scene, Opened opened, Path dataDir) {
        if (stopped) {
            return;
        }
        Theme theme = Theme.parse(opened.prefs().get(Theme.PREFERENCE));
        theme.apply();
        dark.set(theme == Theme.DARK);
        dark.addListener((obs, old, isDark) -> {
            Theme t = isDark ? Theme.DARK : Theme.LIGHT;
            t.apply();
            background.run(() -> opened.workspace().setPreference(Theme.PREFERENCE, t.value()),
                    e -> dialogs.error("Could not save the theme", e));
        });
        if (early != null && scene.getRoot() instanceof StackPane cover) {
            // Built while the store opened: lift the cover. (Moving the view to the root would re-style all of it.)
            main = early;
            cover.getChildren().retainAll(main);
        } else {
            main = new MainView(stage, opened.workspace(), background, dialogs, clock, dark, dataDir);
            scene.setRoot(main);
        }
        early = null;
        scene.removeEventFilter(KeyEvent.ANY, COVERED);
        main.load();
        WindowState state = WindowState.read(opened.prefs()::get);
        state.applyTo(stage);
        if (state.lastAccount() != null) {
            main.accounts().select(state.lastAccount());
        }
        if (opened.prefs().get(MainViewModel.OFFERED) == null) {
            main.offerPassphrase();
        }
        background.run(() -> opened.workspace().unsaved(), main::offerRecovery,
                e -> dialogs.error("Could not read the unsaved-text journal", e));
    }

    @Override
    public void stop() {
        stopped = true;
        Map<String, String> save = new HashMap<>();
        if (main != null) {
            save.putAll(WindowState.of(stage, main.accounts().selectedProperty().get(), DesktopMenus.fontSize()).values());
            main.closeWindows();
        }
        // Queued behind any running work, so the store closes after it; waiting here releases the data
        // folder before stop() returns, which lets the next start in this JVM open it again.
        background.finish(() -> {
            Workspace ws = workspace.getAndSet(null);
            if (ws == null) {
                return;
            }
            try {
                save.forEach(ws::setPreference);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(DealBriefApp.class).warn("could not save window state", e);
            } finally {
                ws.close();
            }
        }, Duration.ofSeconds(20));
    }
}
