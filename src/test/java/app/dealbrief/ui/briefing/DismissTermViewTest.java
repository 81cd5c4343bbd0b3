package app.dealbrief.ui.briefing;

import org.junit.jupiter.api.Tag;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.TermCategory;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.FxBackground;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The briefing view alone in a small scene: a term dismissed from its row's context menu, then undone. */
@Tag("slow")
class DismissTermViewTest extends FxRobot {
    private final FakeWorkspace workspace = new FakeWorkspace(Path.of("x"));
    private BriefingViewModel vm;

    @BeforeEach
    void mount() throws Exception {
        FxToolkit.registerPrimaryStage();
        vm = new BriefingViewModel(workspace, workspace, new FxBackground(), new FakeDialogs(), Clock.systemUTC());
        FxToolkit.setupSceneRoot(() -> new BriefingView(vm, new Navigator() {
            @Override
            public void openNote(String noteId, String sentence) {
            }

            @Override
            public void openAccount(String name) {
            }
        }));
        FxToolkit.showStage();
        interact(() -> {
            // within the headless screen (1280x800), so everything scrolled into view can be clicked
            javafx.stage.Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1200);
            stage.setHeight(760);
        });
        interact(() -> vm.load("Microsoft"));
    }

    /**
     * Desktop platforms turn a right click into a context-menu request; headless Monocle delivers the press and
     * release but never that request, so it is sent here as the platform would, at the row's centre.
     */
    private void requestContextMenu(Node n) {
        interact(() -> {
            if (n instanceof javafx.scene.control.Control c && c.getContextMenu() != null && c.getContextMenu().isShowing()) {
                return;
            }
            javafx.geometry.Bounds local = n.getBoundsInLocal();
            double x = local.getCenterX();
            double y = local.getCenterY();
            javafx.geometry.Point2D scene = n.localToScene(x, y);
            javafx.geometry.Point2D screen = n.localToScreen(x, y);
            javafx.event.Event.fireEvent(n, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the briefing page so the node is on screen before it is clicked. */
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

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void dismissingATermFromItsContextMenuRemovesItAndUndoBringsItBack() throws Exception {
        TableView<PartnershipTerm> terms = lookup("#termsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> terms.getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        reveal(terms);
        Node row = lookup("#termsTable .table-row-cell").match((TableRow<PartnershipTerm> r) -> r.getItem() != null
                && r.getItem().category() == TermCategory.RIGHT_OF_FIRST_REFUSAL).query();
        rightClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        requestContextMenu(row);
        clickOn(lookup(".context-menu .label").match((Labeled l) -> "Dismiss".equals(l.getText())).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> terms.getItems().size() == 4);
        assertThat(terms.getItems()).noneMatch(t -> t.category() == TermCategory.RIGHT_OF_FIRST_REFUSAL);
        assertThat(workspace.corrections).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Correction.Kind.DISMISS);
            assertThat(c.key1()).isEqualTo("right-of-first-refusal");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#showDismissed").queryLabeled().getText()).isEqualTo("Show dismissed (1)");

        reveal(lookup("#undoCorrection").query());
        clickOn("#undoCorrection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> terms.getItems().size() == 5);
        assertThat(workspace.corrections).isEmpty();
    }

    private double pageOffset() {
        javafx.scene.control.ScrollPane page = lookup("#briefingView").query();
        double range = page.getContent().getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
        return page.getVvalue() * Math.max(0, range);
    }

    @Test
    void dismissKeepsTheScrollPositionAndOffersUndoBesideTheRow() throws Exception {
        TableView<PartnershipTerm> terms = lookup("#termsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> terms.getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        reveal(terms);
        double before = pageOffset();
        assertThat(before).as("scrolled down to the terms").isGreaterThan(100);
        Node row = lookup("#termsTable .table-row-cell").match((TableRow<PartnershipTerm> r) -> r.getItem() != null
                && r.getItem().category() == TermCategory.RIGHT_OF_FIRST_REFUSAL).query();
        requestContextMenu(row);
        clickOn(lookup(".context-menu .label").match((Labeled l) -> "Dismiss".equals(l.getText())).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> terms.getItems().size() == 4);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // the lists re-measure their rows over a few pulses
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageOffset()).as("the page stays where the reader was").isCloseTo(before, org.assertj.core.data.Offset.offset(60.0));

        Node toast = lookup("#dismissToast").query();
        javafx.geometry.Bounds t = toast.localToScreen(toast.getBoundsInLocal());
        javafx.geometry.Bounds table = terms.localToScreen(terms.getBoundsInLocal());
        assertThat(t.getMinY()).as("beside the dismissed row, not in the page header").isBetween(table.getMinY() - 40, table.getMaxY());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#dismissToastUndo").query().isDisabled());
        clickOn("#dismissToastUndo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> terms.getItems().size() == 5);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {760, 1024, 1200})
    void thePageIsTheOnlyScrollContainerAndCellsWrapInsteadOfBeingCut(int width) throws Exception {
        interact(() -> FxToolkit.toolkitContext().getRegisteredStage().setWidth(width));
        TableView<PartnershipTerm> terms = lookup("#termsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> terms.getItems().size() == 5);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : java.util.List.of("#termsTable", "#signalsList", "#pitchList")) {
            assertThat(lookup(id + " .scroll-bar").queryAll()).as(id + " has no scroll bar of its own")
                    .noneMatch(n -> ((Node) n).isVisible());
        }
        // Every cell shows its whole text: wrapped Text, never a Label cut with "…".
        assertThat(lookup("#termsTable .text").queryAll()).extracting(n -> ((javafx.scene.text.Text) n).getText())
                .noneMatch(x -> x != null && (x.endsWith("…") || x.endsWith("...")));
        javafx.scene.text.Text longest = lookup("#signalsList .signal-text").match((javafx.scene.text.Text x) ->
                x.getText().startsWith("Tokens/API")).query();
        assertThat(longest.getText()).isEqualTo("Tokens/API over IaaS: Azure Foundry as a token factory");
        double line = new javafx.scene.text.Text("X").getLayoutBounds().getHeight();
        if (width < 800) {
            assertThat(longest.getLayoutBounds().getHeight()).as("wraps at a narrow window").isGreaterThan(line * 1.5);
        }
    }
}
