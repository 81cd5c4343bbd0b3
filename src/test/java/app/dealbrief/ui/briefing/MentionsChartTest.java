package app.dealbrief.ui.briefing;

import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.FxBackground;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 item 11: the mentions chart counts, so its ticks are whole numbers from 0 (not 2.5 and 7.5). */
@Tag("slow")
class MentionsChartTest extends FxRobot {
    @Test
    void ticksAreWholeNumbers() throws Exception {
        FakeWorkspace ws = new FakeWorkspace(Path.of("x"));
        BriefingViewModel vm = new BriefingViewModel(ws, ws, new FxBackground(), new FakeDialogs(), Clock.systemUTC());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> new BriefingView(vm, new Navigator() {
            @Override
            public void openNote(String noteId, String sentence) {
            }

            @Override
            public void openAccount(String name) {
            }
        }));
        FxToolkit.showStage();
        interact(() -> vm.load("Microsoft"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".mentions-chart").tryQuery()
                .map(n -> n.isVisible() && !((BarChart<?, ?>) n).getData().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        BarChart<?, ?> chart = lookup(".mentions-chart").query();
        Axis<?> y = chart.getYAxis();
        assertThat(y).isInstanceOf(NumberAxis.class);
        assertThat(y.getTickMarks()).isNotEmpty().allSatisfy(t -> {
            double v = ((Number) t.getValue()).doubleValue();
            assertThat(v).isEqualTo(Math.rint(v));
        });
        assertThat(((NumberAxis) y).getLowerBound()).isZero();
        FxToolkit.cleanupStages();
    }
}
