package app.dealbrief.ui.briefing;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A list on the briefing page is as tall as all its rows, even when rows are much taller than a guess. */
class FitToContentTest extends FxRobot {
    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void tallWrappedCardsAllShowWithoutAScrollBarOfTheirOwn() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit first: controls need it
        ListView<String> list = new ListView<>();
        list.setId("cards");
        String card = "A pitch whose reason runs long, as playbook pitches do when they cite the facts that fired them. "
                .repeat(6);
        for (int i = 0; i < 7; i++) {
            list.getItems().add(i + ": " + card);
        }
        list.setCellFactory(v -> new ListCell<>() {
            private final Label text = new Label();

            {
                setPrefWidth(0);
                text.setWrapText(true);
                text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty ? null : s);
                setGraphic(empty ? null : text);
            }
        });
        FxToolkit.setupSceneRoot(() -> {
            FitToContent.fit(list, 80);
            ScrollPane page = new ScrollPane(new VBox(list));
            page.setFitToWidth(true);
            return page;
        });
        interact(() -> {
            javafx.stage.Stage s = FxToolkit.toolkitContext().getRegisteredStage();
            s.setX(0);
            s.setY(0);
            s.setWidth(300); // a narrow column: every card wraps to far more than the first guess of a row
            s.setHeight(700);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#cards .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getItem() != null).count() == 7);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#cards .scroll-bar").queryAll()).noneMatch(n -> ((Node) n).isVisible());
        double rows = lookup("#cards .list-cell").queryAll().stream().filter(n -> ((ListCell<?>) n).getItem() != null)
                .mapToDouble(n -> ((ListCell<?>) n).getHeight()).sum();
        assertThat(rows).as("the cards are tall").isGreaterThan(7 * 160);
        assertThat(list.getHeight()).isGreaterThanOrEqualTo(rows);
    }
}
