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
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
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
    private final MainViewModel main;
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
    private final VBox top;
    private PrintPreview preview;

    MainView(Stage stage, Workspace ws, Background bg, DialogService dialogs, Clock clock, BooleanProperty dark,
             java.nio.file.Path dataDir) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.dark = dark;
        accounts = new AccountsViewModel(ws, bg, dialogs);
        briefing = new BriefingViewModel(ws, ws, bg, dialogs, clock);
        notes = new NotesViewModel(ws, bg, dialogs);
        editor = new EditorViewModel(ws, bg, dialogs, clock);
        this.background = bg;
        this.workspace = ws;
        main = new MainViewModel(ws, ws, ws, bg, dialogs, clock);
        importer = new ImportViewModel(ws, ws, bg, dialogs, this::reload);
        preferences = new app.dealbrief.ui.settings.PreferencesViewModel(ws, bg, dialogs, this::reload,
                new app.dealbrief.ui.settings.PreferencesViewModel.Display() {
                    @Override
                    public boolean dark() {
                        return dark.get();
                    }

                    @Override
                    public void setDark(boolean on) {
                        dark.set(on); // the app applies and saves it
                    }

                    @Override
                    public int fontSize() {
                        return (int) Math.round(DesktopMenus.fontSize());
                    }

                    @Override
                    public void setFontSize(int px) {
                        DesktopMenus.setFont(getScene(), px);
                    }
                });
        sheet = new SheetActions(ws, bg, dialogs, accounts.selectedProperty()::get, main::say, clock);
        search = new SearchViewModel(ws, bg, dialogs);
        timeline = new TimelineViewModel(ws, bg, dialogs, () -> java.time.LocalDate.now(clock));
        backlinks = new BacklinksViewModel(ws, bg, dialogs);

        accountsView = new AccountsView(accounts);
        briefingView = new BriefingView(briefing, this);
        NotesView notesView = new NotesView(notes, editor, this::openAccount, url -> main.say("Links to the web are not opened: " + url));
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
        editor.setOnRestored(id -> {
            afterNoteChange();
            openNote(id, null);
            main.say("Brought back from the trash.");
        });
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

        top = new VBox(AppMenus.build(this), new MainToolBar(this, searchBox));
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
        setBottom(new MainStatusBar(main.statusProperty(), main::say, importer, editor.statusProperty()));
        getStyleClass().add("main-view");
        main.say("Data folder: " + dataDir);
    }

    /** Fills the window from the store: called once the workspace is open (the view may be built before). */
    void load() {
        accounts.load();
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

    @Override
    public DesktopMenus.UndoableAction lastAction() {
        return new DesktopMenus.UndoableAction() {
            @Override
            public boolean canUndo() {
                return editor.lastTrashedProperty().get() != null;
            }

            @Override
            public void undo() {
                editor.undoTrash();
            }
        };
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
            main.say("No notes for " + name + " yet");
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
        main.exportNotes();
    }

    @Override
    public void backupNow() {
        main.backupNow();
    }

    /** Offers encryption once, in a bar under the tool bar; either answer is remembered. */
    void offerPassphrase() {
        top.getChildren().add(new PassphraseOffer(main::passphraseOfferAnswered, main::setPassphrase));
    }

    /** Offers text left unsaved by the last run, note by note; a recovered note is opened. */
    void offerRecovery(java.util.List<app.dealbrief.domain.UnsavedText> left) {
        main.offerRecovery(left, u -> openNoteOf(u.account(), u.noteId(), null));
    }

    @Override
    public void restoreBackup() {
        main.restoreBackup(this::reload);
    }

    @Override
    public void setPassphrase() {
        main.setPassphrase();
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
        main.about(DesktopMenus.version());
    }

    @Override
    public BooleanProperty darkTheme() {
        return dark;
    }
}
