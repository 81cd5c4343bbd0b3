package app.dealbrief.ui.timeline;

import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One far-future term (IP rights to 2032) does not squeeze months of notes into the axis's left corner. */
class TimelineAxisTest extends FxRobot {
    private static final LocalDate TODAY = LocalDate.parse("2025-11-24");

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aDateYearsBeyondTodayAndTheOtherEventsIsFar() {
        List<LocalDate> notes = List.of(LocalDate.parse("2025-06-18"), LocalDate.parse("2025-10-01"),
                LocalDate.parse("2026-06-30"));
        assertThat(TimelineAxis.farFrom(notes, TODAY)).isNull();
        List<LocalDate> withIp = new java.util.ArrayList<>(notes);
        withIp.add(LocalDate.parse("2032-01-01"));
        assertThat(TimelineAxis.farFrom(withIp, TODAY)).isEqualTo("2032-01-01");
        // a term two years out is still drawn to scale
        assertThat(TimelineAxis.farFrom(List.of(LocalDate.parse("2025-06-18"), LocalDate.parse("2027-06-30")), TODAY))
                .isNull();
    }

    @Test
    void theAxisSpreadsTheNearEventsAndShowsTheFarOneAtTheEdgeWithItsYear() throws Exception {
        TimelineViewModel vm = new TimelineViewModel(new FakeWorkspace(Path.of("x")), new DirectBackground(),
                new FakeDialogs(), () -> TODAY);
        vm.load("Microsoft");
        assertThat(vm.events().get(vm.events().size() - 1).date().getYear()).isEqualTo(2032);
        Stage stage = FxToolkit.registerPrimaryStage();
        TimelineAxis[] axis = new TimelineAxis[1];
        FxToolkit.setupSceneRoot(() -> {
            axis[0] = new TimelineAxis(vm, e -> { });
            return new javafx.scene.layout.StackPane(axis[0]);
        });
        interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(300);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();

        Label far = (Label) axis[0].lookup("#timelineFar");
        assertThat(far).isNotNull();
        assertThat(far.getText()).isEqualTo("2032 →");
        List<Double> near = new java.util.ArrayList<>();
        double farDot = -1;
        for (Node n : axis[0].getChildrenUnmodifiable()) {
            if (n instanceof Circle c) {
                if (c.getStyleClass().contains("far")) {
                    farDot = c.getCenterX();
                } else {
                    near.add(c.getCenterX());
                }
            }
        }
        double width = axis[0].getWidth();
        assertThat(farDot).isGreaterThan(width - TimelineAxis.FAR_ZONE - 30);
        // the months of notes use most of the axis instead of its first tenth
        double spread = near.stream().mapToDouble(d -> d).max().orElse(0) - near.stream().mapToDouble(d -> d).min().orElse(0);
        assertThat(spread).isGreaterThan(width * 0.5);
    }
}
