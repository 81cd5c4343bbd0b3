package app.dealbrief.ui;

import org.junit.jupiter.api.Tag;
import app.dealbrief.ui.notes.NoteFilters;
import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Backlink;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.TimelineEvent;
import app.dealbrief.ui.search.QuickOpenItem;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Quick open, search to a highlighted passage, note filters, the timeline and backlinks, driven like a user. */
@Tag("slow")
class FinderAppTest extends FxRobot {
    @TempDir
    Path dir;
    private Application app;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        DealBriefApp.clock = Clock.fixed(LocalDate.of(2025, 11, 24).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        DealBriefApp.workspaceFactory = FakeWorkspace::new;
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + dir);
        waitUntil(() -> accountList() != null && accountList().getItems().size() == 6);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        DealBriefApp.workspaceFactory = DealBriefApp.DEFAULT_FACTORY;
        DealBriefApp.clock = Clock.systemDefaultZone();
    }

    @SuppressWarnings("unchecked")
    private ListView<AccountSummary> accountList() {
        return lookup("#accountList").tryQuery().map(n -> (ListView<AccountSummary>) n).orElse(null);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String selectedAccount() {
        AccountSummary a = accountList().getSelectionModel().getSelectedItem();
        return a == null ? null : a.name();
    }

    private void clickAccount(String name) {
        clickOn(lookup(".account-name").match((Labeled l) -> l.getText().equals(name)).<Node>query());
    }

    private void clickTab(String text) {
        clickOn(lookup(".tab-label").match((Labeled l) -> l.getText().equals(text)).<Node>query());
    }

    @Test
    void ctrlKThenAFewLettersAndEnterSelectsTheAccount() throws Exception {
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> lookup("#quickOpen").query().isVisible());
        assertThat(lookup("#quickOpenField").query().isFocused()).isTrue();
        write("cw");
        ListView<QuickOpenItem> list = lookup("#quickOpenList").queryListView();
        waitUntil(() -> !list.getItems().isEmpty() && list.getItems().get(0).label().equals("CoreWeave"));
        type(KeyCode.ENTER);
        waitUntil(() -> "CoreWeave".equals(selectedAccount()));
        assertThat(lookup("#quickOpen").query().isVisible()).isFalse();
        waitUntil(() -> "CoreWeave".equals(lookup(".briefing-title").queryLabeled().getText()));
    }

    @Test
    void quickOpenHighlightsTheMatchedLettersInAPaletteAboutHalfTheWindowWide() throws Exception {
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> lookup("#quickOpen").query().isVisible());
        write("cw");
        ListView<QuickOpenItem> list = lookup("#quickOpenList").queryListView();
        waitUntil(() -> !list.getItems().isEmpty() && list.getItems().get(0).label().equals("CoreWeave"));
        javafx.scene.control.ListCell<?> first = lookup("#quickOpenList .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getIndex() == 0).query();
        assertThat(first.lookupAll(".quick-open-match")).extracting(n -> ((javafx.scene.text.Text) n).getText())
                .containsExactly("C", "W");
        double window = lookup("#quickOpen").query().getScene().getWidth();
        double palette = ((javafx.scene.layout.Region) lookup("#quickOpen").query()).getWidth();
        assertThat(palette / window).isBetween(0.5, 0.6);
        type(KeyCode.ESCAPE);
    }

    @Test
    void quickOpenJumpsToANoteAndEscapeCloses() throws Exception {
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> lookup("#quickOpen").query().isVisible());
        type(KeyCode.ESCAPE);
        waitUntil(() -> !lookup("#quickOpen").query().isVisible());

        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> lookup("#quickOpen").query().isVisible());
        write("stargate");
        ListView<QuickOpenItem> list = lookup("#quickOpenList").queryListView();
        waitUntil(() -> list.getItems().size() == 1);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup(".note-title").tryQuery().map(n -> ((Labeled) n).getText().equals("Stargate update")).orElse(false));
        assertThat(selectedAccount()).isEqualTo("OpenAI");
    }

    @Test
    void typingInTheSearchFieldAndEnterOnAResultOpensTheNoteAtTheMatch() throws Exception {
        clickOn("#searchField").write("ramping");
        ListView<?> results = lookup("#searchResults").queryListView();
        waitUntil(() -> results.getItems().size() == 1 && results.isVisible());
        type(KeyCode.DOWN);
        waitUntil(results::isFocused);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup(".note-title").tryQuery().map(n -> ((Labeled) n).getText()
                .equals("Azure storage roadmap review")).orElse(false));
        waitUntil(() -> lookup("#notePreview .evidence").tryQuery().isPresent());
        assertThat(selectedAccount()).isEqualTo("Microsoft");
        assertThat(results.isVisible()).isFalse();
    }

    @Test
    void searchResultSnippetsShowTheMatchBold() throws Exception {
        clickOn("#searchField").write("ramping");
        ListView<?> results = lookup("#searchResults").queryListView();
        waitUntil(() -> results.getItems().size() == 1 && results.isVisible());
        waitUntil(() -> lookup("#searchResults .hit-match").tryQuery().isPresent());
        javafx.scene.text.Text bold = lookup("#searchResults .hit-match").query();
        assertThat(bold.getText()).isEqualToIgnoringCase("ramping");
        assertThat(bold.getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(lookup("#searchResults .hit-text").queryAll()).isNotEmpty();
    }

    private static java.util.List<String> cutTexts(javafx.scene.Parent root) {
        return root.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                .map(n -> ((javafx.scene.text.Text) n).getText())
                .filter(t -> t != null && (t.endsWith("…") || t.endsWith("..."))).toList();
    }

    @Test
    void theNotesTabAt1024x700GivesTheEditorTheRoomAndCutsNoLabel() throws Exception {
        interact(() -> {
            javafx.stage.Stage stage = (javafx.stage.Stage) accountList().getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        clickAccount("Microsoft");
        clickTab("Notes");
        ListView<NoteSummary> notes = lookup("#noteList").queryListView();
        waitUntil(() -> notes.getItems().size() == 3);
        interact(() -> notes.getSelectionModel().select(0));
        waitUntil(() -> !lookup("#noteEditor").queryAs(javafx.scene.control.TextArea.class).getText().isEmpty());
        double list = notes.getWidth();
        double editor = lookup("#noteEditor").queryAs(javafx.scene.layout.Region.class).getWidth();
        assertThat(list).as("the list keeps about 280 px").isBetween(250.0, 310.0);
        assertThat(editor).as("the editor has the flexible space").isGreaterThan(list * 1.3);
        assertThat(cutTexts(lookup("#noteFilters").queryAs(javafx.scene.Parent.class))).isEmpty();
        assertThat(cutTexts(lookup(".note-form").queryAs(javafx.scene.Parent.class))).isEmpty();
        for (String field : java.util.List.of("#editTitle", "#editDate", "#editType", "#editSource", "#editParticipants", "#editTags")) {
            Node f = lookup(field).query();
            Node label = lookup(".field-label").match((javafx.scene.control.Label l) -> l.getLabelFor() == f).query();
            assertThat(label.localToScene(label.getBoundsInLocal()).getMaxY())
                    .as(field + "'s label sits above it").isLessThanOrEqualTo(f.localToScene(f.getBoundsInLocal()).getMinY() + 1);
        }
        CheckComboBox<String> tags = lookup("#noteTagFilter").query();
        assertThat(tags.getTitle()).isEqualTo("Tags (none selected of 4)");
        interact(() -> tags.getCheckModel().check("storage"));
        assertThat(tags.getTitle()).isEqualTo("Tags (1 selected of 4)");
        interact(() -> tags.getCheckModel().clearChecks());

        // At this width the preview and history are a toggle away; the toggle brings them beside the editor.
        javafx.scene.control.ToggleButton side = lookup("#toggleSide").query();
        assertThat(side.isSelected()).isFalse();
        clickOn(side);
        waitUntil(() -> lookup("#noteSide").queryAs(javafx.scene.layout.Region.class).getWidth() >= 240);
        assertThat(lookup("#notePreview").query().isVisible()).isTrue();
    }

    @Test
    void editMenuZoomAndKeyboardShortcutsAsOnAnyDesktop() throws Exception {
        javafx.scene.control.MenuBar bar = lookup("#menuBar").query();
        assertThat(bar.getMenus()).extracting(m -> m.getText().replace("_", "")).containsExactly("File", "Edit", "View", "Help");
        assertThat(bar.getMenus().get(1).getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .containsSubsequence("menuUndo", "menuRedo", "menuCut", "menuCopy", "menuPaste", "menuFind");

        // Edit acts on the focused field: type, Undo from the menu takes it back.
        clickOn("#accountFilter").write("Ora");
        javafx.scene.control.TextField filter = lookup("#accountFilter").query();
        interact(() -> bar.getMenus().get(1).getItems().stream().filter(i -> "menuUndo".equals(i.getId())).findFirst().orElseThrow().fire());
        assertThat(filter.getText()).isEmpty();

        // Ctrl+= and Ctrl+- change the window's font size.
        javafx.scene.Parent root = bar.getScene().getRoot();
        double before = javafx.scene.text.Font.getDefault().getSize();
        press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.getStyle()).contains("-fx-font-size: " + (DesktopMenus.BASE_FONT + 1));
        press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.getStyle()).contains("-fx-font-size: " + (DesktopMenus.BASE_FONT - 1));
        interact(() -> DesktopMenus.setFont(bar.getScene(), DesktopMenus.BASE_FONT));
        assertThat(before).isPositive();

        assertThat(DesktopMenus.shortcutLines(bar)).anyMatch(l -> l.startsWith("View › Quick open…"))
                .anyMatch(l -> l.startsWith("Edit › Undo")).anyMatch(l -> l.startsWith("View › Zoom in"));
        assertThat(DesktopMenus.version()).isEqualTo("0.1.0");
        interact(() -> bar.getMenus().get(3).getItems().stream().filter(i -> "menuShortcuts".equals(i.getId())).findFirst().orElseThrow().fire());
        waitUntil(() -> lookup("#shortcutsList").tryQuery().isPresent());
        assertThat(lookup("#shortcutsList .label").queryAll().size()).isGreaterThan(20);
    }

    @Test
    void theNoteListFiltersByTagTypeAndDate() throws Exception {
        clickAccount("Microsoft");
        clickTab("Notes");
        ListView<NoteSummary> notes = lookup("#noteList").queryListView();
        waitUntil(() -> notes.getItems().size() == 3);
        CheckComboBox<String> tags = lookup("#noteTagFilter").query();
        waitUntil(() -> tags.getItems().size() == 4);
        // the box says how many tags there are once they have arrived (it kept saying "none" before)
        assertThat(NoteFilters.shownTitle(tags)).isEqualTo("Tags (none selected of 4)");
        interact(() -> tags.getCheckModel().check("storage"));
        waitUntil(() -> notes.getItems().size() == 1);
        assertThat(notes.getItems().get(0).title()).isEqualTo("Azure storage roadmap review");
        assertThat(lookup("#noteFilterCount").queryLabeled().getText()).isEqualTo("1 of 3 notes");
        clickOn("#noteFiltersClear");
        waitUntil(() -> notes.getItems().size() == 3);
        assertThat(tags.getCheckModel().getCheckedItems()).isEmpty();

        interact(() -> lookup("#noteFromDate").<javafx.scene.control.DatePicker>query().setValue(LocalDate.parse("2025-09-01")));
        waitUntil(() -> notes.getItems().size() == 2);
        interact(() -> tags.getCheckModel().check("storage"));
        waitUntil(() -> notes.getItems().size() == 1);

        // A note opened from elsewhere that the filter hides clears the filter, so it is listed and selected.
        clickTab("Briefing");
        interact(() -> lookup("#termsTable .evidence-link").<javafx.scene.control.Hyperlink>query().fire());
        waitUntil(() -> notes.getItems().size() == 3 && notes.getSelectionModel().getSelectedItem() != null);
        assertThat(notes.getSelectionModel().getSelectedItem().id()).isEqualTo("ms-1");
        assertThat(lookup("#noteFromDate").<javafx.scene.control.DatePicker>query().getValue()).isNull();
    }

    @Test
    void theTimelineTabShowsDatedEventsAndOpensTheirNote() throws Exception {
        clickAccount("Microsoft");
        clickTab("Timeline");
        ListView<TimelineEvent> events = lookup("#timelineList").queryListView();
        waitUntil(() -> !events.getItems().isEmpty());
        assertThat(events.getItems()).extracting(TimelineEvent::date).isSorted();
        assertThat(lookup("#timelineAxis .timeline-dot").queryAll()).hasSize(events.getItems().size());
        clickOn(lookup("#timelineList .list-cell").match((javafx.scene.control.ListCell<TimelineEvent> c) ->
                c.getItem() != null && c.getItem().text().equals("Fairwater site visit")).<Node>query());
        waitUntil(() -> lookup(".note-title").tryQuery().map(n -> ((Labeled) n).getText()
                .equals("Fairwater site visit")).orElse(false));
    }

    @Test
    void mentionedInListsOtherAccountsNotesAndOpensThem() throws Exception {
        clickAccount("OpenAI");
        clickTab("Notes");
        ListView<Backlink> mentions = lookup("#mentionedIn").queryListView();
        waitUntil(() -> mentions.getItems().size() >= 2);
        assertThat(mentions.getItems()).extracting(Backlink::account).doesNotContain("OpenAI").contains("Microsoft", "Oracle");
        clickOn(lookup("#mentionedIn .list-cell").match((javafx.scene.control.ListCell<Backlink> c) ->
                c.getItem() != null && c.getItem().account().equals("Oracle")).<Node>query());
        waitUntil(() -> "Oracle".equals(selectedAccount()));
        waitUntil(() -> lookup(".note-title").tryQuery().map(n -> ((Labeled) n).getText().equals("OCI capacity")).orElse(false));
    }
}
