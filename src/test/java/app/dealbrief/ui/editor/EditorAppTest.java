package app.dealbrief.ui.editor;

import org.junit.jupiter.api.Tag;
import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.Revision;
import app.dealbrief.ui.DealBriefApp;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole app on a real store: type, see "Saved", start again, find the text. */
@Tag("slow")
class EditorAppTest extends FxRobot {
    @TempDir
    Path data;
    private Application app;

    @BeforeEach
    void setUp() throws Exception {
        try (Workspace w = Workspaces.open(data)) {
            w.createNote("Oracle", new NoteDraft("Capacity sync", "2026-11-20", "customer", List.of("Dana"), List.of(), "meeting"));
        }
        FxToolkit.registerPrimaryStage();
        DealBriefApp.workspaceFactory = DealBriefApp.DEFAULT_FACTORY;
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + data);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openTheNote() throws Exception {
        waitUntil(() -> lookup("#accountList").tryQuery().map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        ListView<AccountSummary> accounts = lookup("#accountList").query();
        interact(() -> accounts.getSelectionModel().select(0));
        clickOn(lookup(".tab-label").match((Labeled l) -> l.getText().equals("Notes")).<Node>query());
        ListView<NoteSummary> notes = lookup("#noteList").query();
        waitUntil(() -> notes.getItems().size() == 1);
        clickOn(lookup(".note-cell-title").match((Labeled l) -> l.getText().equals("Capacity sync")).<Node>query());
        waitUntil(() -> !editor().isDisabled() && editor().getText().contains("# Capacity sync"));
    }

    private TextArea editor() {
        return lookup("#noteEditor").query();
    }

    private String previewText() {
        StringBuilder sb = new StringBuilder();
        collect(lookup("#notePreview").queryAs(javafx.scene.control.ScrollPane.class).getContent(), sb);
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n instanceof javafx.scene.text.Text t) {
            sb.append(t.getText());
        } else if (n instanceof Labeled l) {
            sb.append(l.getText());
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, sb));
        }
    }

    private String status() {
        return lookup("#saveStatus").queryLabeled().getText();
    }

    @Test
    void typedTextIsSavedDurablyAndIsThereAfterARestart() throws Exception {
        openTheNote();
        clickOn(editor());
        interact(() -> editor().end());
        write("Zebra crossing agreed.");
        waitUntil(() -> status().startsWith("Saved"));
        assertThat(status()).matches("Saved \\d\\d:\\d\\d:\\d\\d");
        waitUntil(() -> previewText().contains("Zebra crossing agreed."));

        FxToolkit.cleanupApplication(app);
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + data);
        openTheNote();
        assertThat(editor().getText()).contains("Zebra crossing agreed.");
    }

    @Test
    void textTypedJustBeforeClosingIsSavedOnClose() throws Exception {
        openTheNote();
        clickOn(editor());
        interact(() -> editor().end());
        write("Last words.");
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace w = Workspaces.open(data)) {
            Note n = w.note(w.notes("Oracle").get(0).id()).orElseThrow();
            assertThat(n.body()).contains("Last words.");
        }
    }

    @Test
    void historyRestoreFromTheList() throws Exception {
        openTheNote();
        String original = editor().getText();
        clickOn(editor());
        interact(() -> editor().end());
        write("Second thoughts.");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> status().startsWith("Saved"));
        ListView<?> history = lookup("#historyList").query();
        waitUntil(() -> history.getItems().size() == 1);
        interact(() -> history.getSelectionModel().select(0));
        waitUntil(() -> !lookup("#historyDiff").queryListView().getItems().isEmpty());
        assertThat(lookup("#historyDiff").queryListView().getItems()).anySatisfy(l ->
                assertThat(((app.dealbrief.workspace.LineDiff.Line) l).text()).contains("Second thoughts."));
        interact(() -> lookup("#historyRestore").queryButton().fire());
        waitUntil(() -> editor().getText().equals(original));
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace w = Workspaces.open(data)) {
            String id = w.notes("Oracle").get(0).id();
            assertThat(w.note(id).orElseThrow().body()).isEqualTo(original);
            assertThat(w.history(id)).extracting(Revision::kind)
                    .containsExactly(Revision.RESTORE, Revision.EDIT);
        }
    }

    @Test
    void newNoteFromTheMenuThenTrashAndRestore() throws Exception {
        openTheNote();
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> lookup("#newNoteTitle").tryQuery().isPresent());
        clickOn("#newNoteTitle").write("Pricing call");
        Node create = lookup(".dialog-pane .button").match((Labeled b) -> b.getText().equals("Create")).query();
        clickOn(create);
        ListView<NoteSummary> notes = lookup("#noteList").query();
        waitUntil(() -> notes.getItems().size() == 2);
        waitUntil(() -> editor().getText().contains("# Pricing call"));

        clickOn("#trashNote");
        // the trash icon asks first: nothing is moved without the user saying so
        waitUntil(() -> lookup(".dialog-pane .button").match((Labeled b) -> "Move to trash".equals(b.getText())).tryQuery().isPresent());
        assertThat(notes.getItems()).hasSize(2);
        clickOn(lookup(".dialog-pane .button").match((Labeled b) -> "Move to trash".equals(b.getText())).<Node>query());
        waitUntil(() -> notes.getItems().size() == 1);
        // the confirmation has closed: the keyboard goes back to the main window before the shortcut
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        interact(() -> notes.getScene().getWindow().requestFocus());
        interact(() -> { });
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#trashList").tryQuery().map(n -> ((ListView<?>) n).getItems().size() == 1).orElse(false));
        clickOn(lookup("#trashList .list-cell").<Node>query());
        clickOn("#trashRestore");
        waitUntil(() -> notes.getItems().size() == 2);
    }

    private void trashTheOpenNote() throws Exception {
        clickOn("#trashNote");
        waitUntil(() -> lookup(".dialog-pane .button").match((Labeled b) -> "Move to trash".equals(b.getText())).tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .button").match((Labeled b) -> "Move to trash".equals(b.getText())).<Node>query());
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @Test
    void aNewNoteIsReadyToTypeInAndATrashedNoteComesBackWithUndoOrCtrlZ() throws Exception {
        openTheNote();
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> lookup("#newNoteTitle").tryQuery().isPresent());
        clickOn("#newNoteTitle").write("Pricing call");
        clickOn(lookup(".dialog-pane .button").match((Labeled b) -> b.getText().equals("Create")).<Node>query());
        ListView<NoteSummary> notes = lookup("#noteList").query();
        waitUntil(() -> editor().getText().contains("# Pricing call") && editor().isFocused());
        // the caret waits in the body, after the title line: typing goes straight into the note
        write("Agenda");
        waitUntil(() -> editor().getText().endsWith("Agenda"));
        assertThat(editor().getText()).startsWith("# Pricing call");

        trashTheOpenNote();
        waitUntil(() -> notes.getItems().size() == 1);
        waitUntil(() -> lookup("#trashToastUndo").tryQuery().isPresent());
        assertThat(lookup("#trashToastText").queryLabeled().getText()).contains("Pricing call").contains("trash");
        clickOn("#trashToastUndo");
        waitUntil(() -> notes.getItems().size() == 2);
        waitUntil(() -> editor().getText().contains("# Pricing call") && editor().getText().contains("Agenda"));

        trashTheOpenNote();
        waitUntil(() -> notes.getItems().size() == 1);
        interact(() -> notes.getScene().getWindow().requestFocus());
        interact(notes::requestFocus);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> notes.getItems().size() == 2);
        waitUntil(() -> editor().getText().contains("# Pricing call"));
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace w = Workspaces.open(data)) {
            assertThat(w.trash()).isEmpty();
            assertThat(w.notes("Oracle")).extracting(NoteSummary::title).contains("Pricing call");
        }
    }
}
