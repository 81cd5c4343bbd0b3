package app.dealbrief.ui;

import app.dealbrief.domain.SearchHit;
import app.dealbrief.ui.accounts.AccountsView;
import app.dealbrief.ui.accounts.AccountsViewModel;
import app.dealbrief.ui.briefing.BriefingView;
import app.dealbrief.ui.briefing.BriefingViewModel;
import app.dealbrief.ui.briefing.Navigator;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.Icons;
import app.dealbrief.ui.editor.EditorViewModel;
import app.dealbrief.ui.editor.TrashViewModel;
import app.dealbrief.ui.editor.TrashWindow;
import app.dealbrief.ui.imports.ImportViewModel;
import app.dealbrief.ui.notes.NotesView;
import app.dealbrief.ui.notes.NotesViewModel;
import app.dealbrief.ui.notes.Backlinks;
import app.dealbrief.ui.notes.BacklinksViewModel;
import app.dealbrief.ui.notes.NoteFilters;
import app.dealbrief.ui.notes.NoteFiltersViewModel;
import app.dealbrief.ui.search.QuickOpen;
import app.dealbrief.ui.search.QuickOpenItem;
import app.dealbrief.ui.search.QuickOpenViewModel;
import app.dealbrief.ui.search.SearchBox;
import app.dealbrief.ui.search.SearchViewModel;
import app.dealbrief.ui.sheet.PrintPreview;
import app.dealbrief.ui.sheet.SheetActions;
import app.dealbrief.ui.timeline.TimelineView;
import app.dealbrief.ui.timeline.TimelineViewModel;
import app.dealbrief.workspace.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;

import java.time.Clock;

/** The main window's content: wires the feature views together and routes navigation between them. */
final class MainView extends BorderPane implements Navigator, AppMenus.Actions {
    private final Stage stage;
    private final DialogService dialogs;
    private final BooleanProperty dark;
    private final AccountsViewModel accounts;
    private final BriefingViewModel briefing;
    private final NotesViewModel notes;
    private final EditorViewModel editor;
    private final Background background;
    private final Workspace workspace;
    private TrashWindow trash;
    private final ImportViewModel importer;
    private final app.dealbrief.ui.settings.PreferencesViewModel preferences;
    private final SheetActions sheet;
    private final AccountsView accountsView;
    private final BriefingView briefingView;
    private final SearchBox searchBox;
    private final SearchViewModel search;
    private final QuickOpen quickOpen;
    private final TimelineViewModel timeline;
    private final BacklinksViewModel backlinks;
    private final Tab timelineTab;
    private final TabPane tabs = new TabPane();
    private final Tab briefingTab;
    private final Tab notesTab;
    private final StringProperty status = new SimpleStringProperty("");
    private VBox top;
    private PrintPreview preview;

    MainView(Stage stage, Workspace ws, Background bg, DialogService dialogs, Clock clock, BooleanProperty dark,
             java.nio.file.Path dataDir) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.dark = dark;
        accounts = new AccountsViewModel(ws, bg, dialogs);
        briefing = new BriefingViewModel(ws, bg, dialogs, clock);
        notes = new NotesViewModel(ws, bg, dialogs);
        editor = new EditorViewModel(ws, bg, dialogs, clock);
        this.background = bg;
        this.workspace = ws;
        importer = new ImportViewModel(ws, bg, dialogs, this::reload);
        preferences = new app.dealbrief.ui.settings.PreferencesViewModel(ws, bg, dialogs, this::reload);
        sheet = new SheetActions(ws, bg, dialogs, accounts.selectedProperty()::get, status::set, clock);
        search = new SearchViewModel(ws, bg, dialogs);
        timeline = new TimelineViewModel(ws, bg, dialogs, () -> java.time.LocalDate.now(clock));
        backlinks = new BacklinksViewModel(ws, bg, dialogs);

        accountsView = new AccountsView(accounts);
        briefingView = new BriefingView(briefing, this);
        NotesView notesView = new NotesView(notes, editor, this::openAccount, url -> status.set("Links to the web are not opened: " + url));
        searchBox = new SearchBox(search, this::openHit);
        notesView.useFilters(new NoteFilters(new NoteFiltersViewModel(ws, bg, dialogs, notes.notes())),
                new Backlinks(backlinks, b -> openNoteOf(b.account(), b.noteId(), null)), notes);
        quickOpen = new QuickOpen(new QuickOpenViewModel(ws, bg, dialogs), this::openQuick);

        briefingTab = new Tab("Briefing", briefingView);
        briefingTab.setGraphic(Icons.of(Feather.LAYOUT));
        notesTab = new Tab("Notes", notesView);
        notesTab.setGraphic(Icons.of(Feather.FILE_TEXT));
        timelineTab = new Tab("Timeline", new TimelineView(timeline, e -> openNote(e.noteId(), null)));
        timelineTab.setGraphic(Icons.of(Feather.CLOCK));
        tabs.getTabs().setAll(briefingTab, notesTab, timelineTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("main-tabs");

        // After a save: the note list shows new titles and flags; the briefing is built again in the background.
        editor.setOnSaved(this::afterSave);
        editor.setOnTrashed(id -> afterNoteChange());
        accounts.selectedProperty().addListener((obs, old, name) -> {
            briefing.load(name);
            notes.load(name);
            timeline.load(name);
            backlinks.load(name);
            // Selecting an account always lands on its briefing (DESIGN.md: no further navigation).
            tabs.getSelectionModel().select(briefingTab);
            stage.setTitle(name == null ? "DealBrief" : name + " — DealBrief");
        });

        SplitPane split = new SplitPane(accountsView, tabs);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(accountsView, false);
        accountsView.setMinWidth(200);

        top = new VBox(AppMenus.build(this), toolbar());
        setTop(top);
        // Search results float over the content, under the search field.
        javafx.scene.layout.StackPane center = new javafx.scene.layout.StackPane(split, searchBox.resultsPanel(), quickOpen);
        javafx.scene.layout.StackPane.setAlignment(quickOpen, javafx.geometry.Pos.TOP_CENTER);
        javafx.scene.layout.StackPane.setMargin(quickOpen, new javafx.geometry.Insets(24, 0, 0, 0));
        javafx.scene.layout.StackPane.setAlignment(searchBox.resultsPanel(), javafx.geometry.Pos.TOP_RIGHT);
        javafx.scene.layout.StackPane.setMargin(searchBox.resultsPanel(), new javafx.geometry.Insets(2, 48, 0, 0));
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.Node n && !searchBox.owns(n)) {
                searchBox.hidePanel();
            }
            if (e.getTarget() instanceof javafx.scene.Node n && !quickOpen.owns(n)) {
                quickOpen.hide();
            }
        });
        setCenter(center);
        setBottom(statusBar());
        getStyleClass().add("main-view");
        status.set("Data folder: " + dataDir);
    }

    /** Fills the window from the store: called once the workspace is open (the view may be built before). */
    void load() {
        accounts.load();
    }

    private ToolBar toolbar() {
        Button imp = Icons.button(Feather.FOLDER_PLUS, "Import notes… (Ctrl+O)", this::importFolder);
        Button preview = Icons.button(Feather.EYE, "Print preview (Ctrl+Shift+P)", this::printPreview);
        Button export = Icons.button(Feather.DOWNLOAD, "Export PDF… (Ctrl+E)", this::exportPdf);
        Button print = Icons.button(Feather.PRINTER, "Print… (Ctrl+P)", this::print);
        Button theme = Icons.button(Feather.MOON, "Dark theme (Ctrl+Shift+D)", () -> dark.set(!dark.get()));
        Label brand = new Label("DealBrief");
        brand.getStyleClass().add("brand");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(brand, imp, preview, export, print, spacer, searchBox, theme);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(javafx.beans.binding.Bindings.when(importer.runningProperty())
                .then(importer.messageProperty()).otherwise(status));
        importer.messageProperty().addListener((obs, old, m) -> {
            if (!importer.runningProperty().get()) {
                status.set(m);
            }
        });
        bar.progressProperty().bind(javafx.beans.binding.Bindings.when(importer.runningProperty())
                .then(importer.progressProperty()).otherwise(0.0));
        Button cancel = new Button("Cancel import");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.visibleProperty().bind(importer.runningProperty());
        cancel.managedProperty().bind(importer.runningProperty());
        cancel.setOnAction(e -> importer.cancel());
        Label save = new Label("");
        save.setId("saveStatus"); // "Saved HH:MM:SS" only once the save is committed to disk
        save.textProperty().bind(editor.statusProperty());
        bar.getRightItems().addAll(cancel, save);
        return bar;
    }

    AccountsViewModel accounts() {
        return accounts;
    }

    void closeWindows() {
        // Queued on the worker before the store closes: text typed in the last second is saved too.
        editor.save();
        if (preview != null) {
            preview.close();
        }
        if (trash != null) {
            trash.close();
        }
    }

    private void afterSave(app.dealbrief.domain.Note n) {
        String current = accounts.selectedProperty().get();
        boolean listed = notes.notes().stream().anyMatch(s -> s.id().equals(n.id()) && s.flags().isEmpty()
                && java.util.Objects.equals(s.title(), n.title()) && java.util.Objects.equals(s.date(), n.date())
                && java.util.Objects.equals(s.type(), n.type()) && java.util.Objects.equals(s.source(), n.source()));
        if (!listed) {
            notes.load(current);
        }
        briefing.load(current);
    }

    private void afterNoteChange() {
        String current = accounts.selectedProperty().get();
        accounts.load();
        notes.load(current);
        briefing.load(current);
    }

    // --- Navigator ---

    @Override
    public void openNote(String noteId, String sentence) {
        if (noteId == null) {
            return;
        }
        tabs.getSelectionModel().select(notesTab);
        notes.open(noteId, sentence);
    }

    @Override
    public void openAccount(String name) {
        if (!accounts.select(name)) {
            status.set("No notes for " + name + " yet");
        }
    }

    private void openHit(SearchHit hit) {
        if (hit.account() != null) {
            accounts.select(hit.account());
        }
        // The note opens at the passage that matched (scrolled to, highlighted); at the top when only the title did.
        search.locate(hit, passage -> openNote(hit.noteId(), passage));
    }

    private void openNoteOf(String account, String noteId, String sentence) {
        if (account != null) {
            accounts.select(account);
        }
        openNote(noteId, sentence);
    }

    private void openQuick(QuickOpenItem item) {
        if (item.kind() == QuickOpenItem.Kind.ACCOUNT) {
            openAccount(item.account());
        } else {
            openNoteOf(item.account(), item.noteId(), null);
        }
    }

    // --- Menu actions ---

    @Override
    public void importFolder() {
        importer.chooseFolderAndImport();
    }

    @Override
    public void importFiles() {
        importer.chooseFilesAndImport();
    }

    @Override
    public void newNote() {
        editor.newNote(accounts.selectedProperty().get(), n -> {
            afterNoteChange();
            tabs.getSelectionModel().select(notesTab);
            notes.open(n.id(), null);
        });
    }

    @Override
    public void exportNotes() {
        dialogs.chooseFolder("Export notes to a folder").ifPresent(dir -> {
            status.set("Exporting notes…");
            background.run(() -> workspace.export(dir, null),
                    (Integer n) -> status.set("Exported " + n + " note" + (n == 1 ? "" : "s") + " to " + dir),
                    e -> {
                        status.set("");
                        dialogs.error("Could not export the notes", e);
                    });
        });
    }

    @Override
    public void backupNow() {
        String name = "dealbrief-backup-" + java.time.LocalDate.now() + ".zip";
        dialogs.chooseSaveFile("Back up the whole store", name, "zip").ifPresent(file -> {
            status.set("Backing up…");
            background.run(() -> {
                workspace.backup(file);
                return file;
            }, (java.nio.file.Path f) -> status.set("Backed up to " + f), e -> {
                status.set("");
                dialogs.error("Could not back up", e);
            });
        });
    }

    /**
     * Offers encryption once, without blocking anything: a bar under the toolbar with "Set passphrase…" and
     * "Not now". Either answer is remembered, so it never comes back.
     */
    void offerPassphrase() {
        javafx.scene.control.Label text = new javafx.scene.control.Label(
                "These notes are stored unencrypted. Protect them with a passphrase in case this laptop is lost.");
        text.setWrapText(true);
        javafx.scene.control.Button set = new javafx.scene.control.Button("Set passphrase…", Icons.of(Feather.LOCK));
        javafx.scene.control.Button later = new javafx.scene.control.Button("Not now");
        later.getStyleClass().add("flat");
        HBox bar = new HBox(12, Icons.of(Feather.SHIELD), text, set, later);
        bar.setId("passphraseOffer");
        bar.getStyleClass().add("offer-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
        HBox.setHgrow(text, Priority.ALWAYS);
        Runnable dismiss = () -> {
            top.getChildren().remove(bar);
            background.run(() -> {
                workspace.setPreference(OFFERED, java.time.LocalDate.now().toString());
                return true;
            }, ok -> { }, e -> dialogs.error("Could not save the setting", e));
        };
        set.setOnAction(e -> {
            dismiss.run();
            setPassphrase();
        });
        later.setOnAction(e -> dismiss.run());
        top.getChildren().add(bar);
    }

    /**
     * Text typed but not saved before DealBrief last stopped: offered note by note, never applied silently.
     * Recovering saves it as the note's text (the text it replaces stays in the history).
     */
    void offerRecovery(java.util.List<app.dealbrief.domain.UnsavedText> left) {
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm")
                .withZone(java.time.ZoneId.systemDefault());
        for (app.dealbrief.domain.UnsavedText u : left) {
            boolean recover = dialogs.confirm("Recover unsaved text?", "DealBrief stopped before saving your edits to \""
                    + u.title() + "\" (" + u.account() + "), typed " + when.format(u.typedAt())
                    + ". Recover them? The current text stays in the note's history.", "Recover");
            background.run(() -> {
                if (!recover) {
                    workspace.dropUnsaved(u.noteId());
                    return null;
                }
                app.dealbrief.domain.Note n = workspace.note(u.noteId()).orElseThrow();
                return workspace.saveNote(u.noteId(), app.dealbrief.domain.NoteDraft.of(n), u.body());
            }, saved -> {
                if (saved != null) {
                    status.set("Recovered your unsaved edits to " + u.title());
                    openNoteOf(u.account(), u.noteId(), null);
                }
            }, e -> dialogs.error("Could not recover the unsaved text", e));
        }
    }

    /** Preference key: the encryption offer was answered. */
    static final String OFFERED = "security.passphraseOffered";

    @Override
    public void restoreBackup() {
        dialogs.chooseOpenFile("Restore a backup", "zip").ifPresent(file -> {
            if (!dialogs.confirm("Restore backup", "Replace every note with the contents of " + file.getFileName()
                    + "? The current store is kept in the backups folder first.", "Restore")) {
                return;
            }
            status.set("Restoring " + file.getFileName() + "…");
            background.run(() -> workspace.restoreBackup(file), (java.nio.file.Path saved) -> {
                status.set("Restored " + file.getFileName() + "; the previous store is kept at " + saved);
                reload();
            }, e -> {
                status.set("");
                dialogs.error("Could not restore the backup", e);
            });
        });
    }

    @Override
    public void setPassphrase() {
        dialogs.askPassphrase("Set passphrase",
                "Protect every note in this store with a passphrase. Without it the notes cannot be read,"
                        + " and it cannot be recovered: keep it safe.", true).ifPresent(pass -> {
            status.set("Encrypting the store…");
            background.run(() -> {
                try {
                    workspace.changePassphrase(pass);
                } finally {
                    java.util.Arrays.fill(pass, '\0');
                }
                return true;
            }, ok -> status.set("The store is encrypted: DealBrief will ask for the passphrase when it starts"), e -> {
                status.set("");
                dialogs.error("Could not set the passphrase", e);
            });
        });
    }

    @Override
    public void showTrash() {
        if (trash == null) {
            trash = new TrashWindow(stage, new TrashViewModel(workspace, background, dialogs, this::afterNoteChange),
                    getScene().getStylesheets());
        }
        trash.show();
    }

    @Override
    public void printPreview() {
        if (preview == null) {
            preview = new PrintPreview(stage, sheet, this::print, getScene().getStylesheets());
        }
        preview.show(accounts.selectedProperty().get());
    }

    @Override
    public void exportPdf() {
        sheet.exportPdf();
    }

    @Override
    public void print() {
        sheet.print();
    }

    @Override
    public void quit() {
        stage.close(); // closing the last window ends the app through stop(); never Platform.exit here
    }

    @Override
    public void focusSearch() {
        searchBox.focus();
    }

    @Override
    public void quickOpen() {
        searchBox.hidePanel();
        quickOpen.show();
    }

    @Override
    public void showTimeline() {
        tabs.getSelectionModel().select(timelineTab);
    }

    @Override
    public void focusAccounts() {
        accountsView.focusFilter();
    }

    @Override
    public void showBriefing() {
        tabs.getSelectionModel().select(briefingTab);
    }

    @Override
    public void showNotes() {
        tabs.getSelectionModel().select(notesTab);
    }

    @Override
    public void reload() {
        accounts.load();
        String current = accounts.selectedProperty().get();
        briefing.load(current);
        notes.load(current);
        timeline.load(current);
        backlinks.load(current);
    }

    @Override
    public void preferences() {
        preferences.open();
    }

    @Override
    public void about() {
        dialogs.info("About DealBrief", "DealBrief " + DesktopMenus.version() + "\n\nDealBrief turns your account notes into a meeting briefing:\n"
                + "partnership terms, accelerator mix and pitches, on screen and on one printed page.\n\n"
                + "Works offline. Your notes stay on this computer.");
    }

    @Override
    public BooleanProperty darkTheme() {
        return dark;
    }
}
