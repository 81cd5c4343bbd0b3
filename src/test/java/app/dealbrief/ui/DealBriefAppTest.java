package app.dealbrief.ui;

import org.junit.jupiter.api.Tag;
import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the whole app on a fake workspace and drives it like a user. */
@Tag("slow")
class DealBriefAppTest extends FxRobot {
    @TempDir
    Path dir;
    private FakeWorkspace workspace;
    private Application app;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        DealBriefApp.clock = Clock.fixed(LocalDate.of(2025, 11, 24).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        DealBriefApp.workspaceFactory = DealBriefApp.DEFAULT_FACTORY;
        DealBriefApp.clock = Clock.systemDefaultZone();
    }

    private void start(Function<Path, FakeWorkspace> factory) throws Exception {
        DealBriefApp.workspaceFactory = p -> {
            workspace = factory.apply(p);
            return workspace;
        };
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + dir);
    }

    private void startAndWaitForAccounts() throws Exception {
        start(FakeWorkspace::new);
        waitUntil(() -> accountList() != null && accountList().getItems().size() == 6);
    }

    @SuppressWarnings("unchecked")
    private ListView<AccountSummary> accountList() {
        return lookup("#accountList").tryQuery().map(n -> (ListView<AccountSummary>) n).orElse(null);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the briefing page as a user would, so the node is on screen before it is clicked. */
    private void reveal(Node n) {
        interact(() -> {
            javafx.scene.control.ScrollPane page = lookup("#briefingView").query();
            Node content = page.getContent();
            javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (b.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickAccount(String name) {
        clickOn(lookup(".account-name").match((Labeled l) -> l.getText().equals(name)).<Node>query());
    }

    @Test
    void filterSelectBriefingThenNotes() throws Exception {
        startAndWaitForAccounts();
        assertThat(workspace.dataDir()).isEqualTo(dir.toAbsolutePath().normalize());

        clickOn("#accountFilter").write("MICRO");
        waitUntil(() -> accountList().getItems().size() == 1);
        assertThat(accountList().getItems().get(0).name()).isEqualTo("Microsoft");

        clickAccount("Microsoft");
        TableView<PartnershipTerm> terms = lookup("#termsTable").queryTableView();
        waitUntil(() -> terms.getItems().size() == 5);
        assertThat(lookup("#briefingView").query().isVisible()).isTrue();
        assertThat(lookup("#acceleratorMix .chip").queryAll()).hasSize(4);
        ListView<Pitch> pitches = lookup("#pitchList").queryListView();
        assertThat(pitches.getItems()).hasSize(3);
        ListView<String> signals = lookup("#signalsList").queryListView();
        assertThat(signals.getItems()).hasSize(2);
        assertThat(lookup(".badge-negated").queryAll()).isNotEmpty();
        assertThat(lookup(".briefing-subtitle").queryLabeled().getText()).contains("newest note 12 days old");
        assertThat(lookup(".overdue").queryAll()).hasSize(1);

        clickOn(lookup(".tab-label").match((Labeled l) -> l.getText().equals("Notes")).<Node>query());
        ListView<NoteSummary> notes = lookup("#noteList").queryListView();
        waitUntil(() -> notes.getItems().size() == 3);
        assertThat(notes.getItems()).extracting(NoteSummary::date)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(lookup("#noteList .badge-warning").queryAll()).isNotEmpty();

        clickOn(lookup(".note-cell-title").match((Labeled l) -> l.getText().equals("Microsoft AI capacity and VAST")).<Node>query());
        waitUntil(() -> lookup(".note-title").tryQuery().isPresent());
        assertThat(lookup(".note-title").queryLabeled().getText()).isEqualTo("Microsoft AI capacity and VAST");
        assertThat(lookup("#notePreview .wiki-link").queryAll()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void relatedAccountLinkSelectsThatAccount() throws Exception {
        startAndWaitForAccounts();
        clickAccount("Microsoft");
        waitUntil(() -> lookup("#relatedAccounts .hyperlink").queryAll().size() == 5);
        // related accounts follow the briefing's content: the user scrolls down to them
        interact(() -> lookup("#briefingView").<javafx.scene.control.ScrollPane>query().setVvalue(1));
        clickOn(lookup("#relatedAccounts .hyperlink").match((Hyperlink h) -> h.getText().equals("OpenAI")).<Node>query());
        waitUntil(() -> "OpenAI".equals(lookup(".briefing-title").queryLabeled().getText()));
        assertThat(accountList().getSelectionModel().getSelectedItem().name()).isEqualTo("OpenAI");
    }

    @Test
    void aTermsEvidenceLinkOpensItsNoteWithTheSentenceHighlighted() throws Exception {
        startAndWaitForAccounts();
        clickAccount("Microsoft");
        waitUntil(() -> lookup("#termsTable .evidence-link").queryAll().size() == 5);
        Node link = lookup("#termsTable .evidence-link").query();
        reveal(link);
        clickOn(link);
        waitUntil(() -> lookup(".note-title").tryQuery().isPresent());
        assertThat(lookup("#noteList").queryListView().getSelectionModel().getSelectedIndex()).isZero();
        assertThat(lookup("#notePreview .evidence").queryAll()).isNotEmpty();
    }

    @Test
    void wikiLinkInANoteSelectsItsAccount() throws Exception {
        startAndWaitForAccounts();
        clickAccount("OpenAI");
        interact(() -> { });
        clickOn(lookup(".tab-label").match((Labeled l) -> l.getText().equals("Notes")).<Node>query());
        waitUntil(() -> lookup("#noteList").queryListView().getItems().size() == 2);
        clickOn(lookup(".note-cell-title").match((Labeled l) -> l.getText().equals("OpenAI multi-cloud builds")).<Node>query());
        waitUntil(() -> lookup("#notePreview .wiki-link").tryQuery().isPresent());
        clickOn(lookup("#notePreview .wiki-link").match((Hyperlink h) -> h.getText().equals("Oracle")).<Node>query());
        waitUntil(() -> "Oracle".equals(lookup(".briefing-title").queryLabeled().getText()));
        assertThat(lookup("#briefingView").query().isVisible()).isTrue();
    }

    @Test
    void searchOpensTheNote() throws Exception {
        startAndWaitForAccounts();
        clickOn("#searchField").write("GB300");
        waitUntil(() -> lookup("#searchResults").tryQuery().map(n -> ((ListView<?>) n).getItems().size() == 1).orElse(false));
        assertThat(lookup("#searchResults").query().isVisible()).isTrue();
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lookup(".note-title").tryQuery().isPresent());
        assertThat(lookup(".note-title").queryLabeled().getText()).isEqualTo("GB300 ramp");
        assertThat(accountList().getSelectionModel().getSelectedItem().name()).isEqualTo("NVIDIA");
        assertThat(lookup("#searchResults").query().isVisible()).isFalse();
    }

    @Test
    void printPreviewOpensFromTheMenu() throws Exception {
        startAndWaitForAccounts();
        clickAccount("Microsoft");
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.P)
                .release(javafx.scene.input.KeyCode.P, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> lookup("#printPreview").tryQuery().isPresent());
        assertThat(lookup("#printPreview").query().getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void stopSavesStateClosesTheStoreAndAStartAgainRestoresIt() throws Exception {
        FakeWorkspace shared = new FakeWorkspace(dir);
        start(p -> shared);
        waitUntil(() -> accountList() != null && accountList().getItems().size() == 6);
        clickAccount("Oracle");
        waitUntil(() -> "Oracle".equals(lookup(".briefing-title").queryLabeled().getText()));
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS)
                .release(javafx.scene.input.KeyCode.EQUALS, javafx.scene.input.KeyCode.CONTROL);
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS)
                .release(javafx.scene.input.KeyCode.EQUALS, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(app);
        assertThat(shared.closed).isTrue();
        assertThat(shared.preference("ui.lastAccount")).isEqualTo("Oracle");
        assertThat(shared.preference("ui.window.w")).isNotNull();
        assertThat(shared.preference("ui.fontSize")).isEqualTo(String.valueOf((long) DesktopMenus.BASE_FONT + 2));

        shared.closed = false;
        interact(() -> DesktopMenus.setFont(null, DesktopMenus.BASE_FONT)); // as in a new process
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + dir);
        waitUntil(() -> accountList() != null && accountList().getSelectionModel().getSelectedItem() != null);
        assertThat(accountList().getSelectionModel().getSelectedItem().name()).isEqualTo("Oracle");
        // the zoom the user chose is back too
        assertThat(accountList().getScene().getRoot().getStyle()).contains("-fx-font-size: " + (DesktopMenus.BASE_FONT + 2));
        interact(() -> DesktopMenus.setFont(accountList().getScene(), DesktopMenus.BASE_FONT));
    }

    @Test
    void theWindowIsBuiltWhileTheStoreOpensAndFilledOnceItHasOpened() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        DealBriefApp.workspaceFactory = p -> {
            try {
                release.await(20, TimeUnit.SECONDS); // a slow store
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workspace = new FakeWorkspace(p);
            return workspace;
        };
        ListView<AccountSummary> list;
        try {
            app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + dir);
            // Still opening: the content exists (it was built meanwhile) but is covered and empty.
            waitUntil(() -> onFx(() -> accountList() != null));
            list = onFx(this::accountList);
            assertThat(onFx(() -> lookup(".opening").tryQuery().isPresent())).as("the Opening… cover").isTrue();
            // The shell shows through the veil at once, and its empty list says why it is empty.
            assertThat(onFx(() -> lookup(".opening.over-shell").tryQuery().isPresent())).isTrue();
            assertThat(onFx(() -> lookup("#accountListPlaceholder").queryLabeled().getText())).isEqualTo("Loading accounts…");
            assertThat(onFx(() -> list.getItems().size())).isZero();
            // The keyboard does not reach the covered window: no shortcut, no typing into a hidden field.
            push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F);
            write("abc");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(() -> lookup("#searchField").queryTextInputControl().getText())).isEmpty();
        } finally {
            release.countDown();
        }
        waitUntil(() -> onFx(() -> list.getItems().size() == 6 && lookup(".opening").tryQuery().isEmpty()));
        assertThat(onFx(() -> lookup("#accountListPlaceholder").queryLabeled().getText())).startsWith("No accounts yet");
        assertThat(onFx(() -> accountList())).as("the same list, uncovered").isSameAs(list);
    }

    /** Reads the scene graph on the FX thread, which may be changing it. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aStoreThatFailsToOpenLeavesNoHalfBuiltWindowBehind() throws Exception {
        DealBriefApp.workspaceFactory = p -> {
            throw new DealBriefException("DealBrief is already open on " + p);
        };
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + dir);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        interact(() -> ((Stage) lookup(".dialog-pane").query().getScene().getWindow()).close());
        assertThat(onFx(this::accountList)).as("the content built while opening is gone").isNull();
        assertThat(onFx(() -> lookup(".opening-label").queryLabeled().getText()))
                .isEqualTo("DealBrief could not open its data folder.");
    }

    @Test
    void openingFailureShowsTheMessageNotAStackTrace() throws Exception {
        DealBriefApp.workspaceFactory = p -> {
            throw new DealBriefException("DealBrief is already open on " + p);
        };
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + dir);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = lookup(".dialog-pane").query();
        assertThat(pane.getContentText()).isEqualTo("DealBrief is already open on " + dir.toAbsolutePath().normalize());
        assertThat(pane.getExpandableContent()).isNull();
        interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

}
