package app.dealbrief.ui.common;

import app.dealbrief.domain.NoteDraft;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms say what is wrong only once there is something to say it about, and say it beside the field. */
class FormFeedbackTest extends FxRobot {
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> new javafx.scene.layout.StackPane());
        FxToolkit.showStage();
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> lookup(".dialog-pane").queryAll().forEach(n -> n.getScene().getWindow().hide()));
        FxToolkit.cleanupStages();
    }

    /** Waits until the dialog holding {@code id} is shown and placed on screen (clicks land where it is). */
    private void placed(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(id).tryQuery()
                .map(n -> n.getScene().getWindow().isShowing() && !Double.isNaN(n.getScene().getWindow().getX())).orElse(false));
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private Node button(String text) {
        return lookup(".dialog-pane .button").match((Labeled b) -> text.equals(b.getText())).query();
    }

    @Test
    void aNewNoteSaysTitleIsEmptyOnlyAfterTheUserTriedToCreateIt() throws Exception {
        CompletableFuture<Optional<NoteDraft>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(NewNoteDialog.ask(stage, "Oracle")));
        placed("#newNoteTitle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("#newNoteProblem")).as("a form just opened is not an error").isEmpty();
        clickOn(button("Create"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#newNoteProblem")).isEqualTo("Title is empty");
        assertThat(answer).as("the dialog stays open to fix it").isNotDone();
        assertThat(lookup("#newNoteTitle").query().isFocused()).isTrue();

        write("Pricing call");
        assertThat(text("#newNoteProblem")).isEmpty();
        interact(() -> lookup("#newNoteDate").queryAs(javafx.scene.control.TextField.class).clear());
        clickOn("#newNoteDate").write("next tuesday");
        assertThat(text("#newNoteProblem")).isEqualTo("Date must be YYYY-MM-DD");
        interact(() -> lookup("#newNoteDate").queryAs(javafx.scene.control.TextField.class).clear());
        write("2026-12-08");
        clickOn(button("Create"));
        assertThat(answer.get(10, TimeUnit.SECONDS)).hasValueSatisfying(d -> {
            assertThat(d.title()).isEqualTo("Pricing call");
            assertThat(d.date()).isEqualTo("2026-12-08");
        });
    }

    @Test
    void aNewPassphraseSaysInlineThatTheTwoEntriesDoNotMatch() throws Exception {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(PassphraseDialog.show(stage, "Set passphrase", "Protect the notes", true)));
        placed("#passphraseField");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("#passphraseProblem")).isEmpty();
        assertThat(button("Set passphrase").isDisabled()).isTrue();
        clickOn("#passphraseField").write("correct horse");
        clickOn("#passphraseRepeat").write("correct house");
        assertThat(text("#passphraseProblem")).isEqualTo("Passphrases don't match.");
        assertThat(lookup("#passphraseProblem").query().getStyleClass()).contains("form-problem");
        assertThat(button("Set passphrase").isDisabled()).isTrue();

        interact(() -> lookup("#passphraseRepeat").queryAs(javafx.scene.control.TextField.class).clear());
        write("correct ho");
        assertThat(text("#passphraseProblem")).as("still typing the start of it: no error yet").isEmpty();
        write("rse");
        assertThat(text("#passphraseProblem")).isEmpty();
        assertThat(button("Set passphrase").isDisabled()).isFalse();
        clickOn(button("Set passphrase"));
        assertThat(new String(answer.get(10, TimeUnit.SECONDS).orElseThrow())).isEqualTo("correct horse");
    }
}
