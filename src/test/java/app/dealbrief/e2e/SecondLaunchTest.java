package app.dealbrief.e2e;

import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 7: a second launch on a data folder another DealBrief holds says so once, in one dialog, and
 * closes its window, rather than an error followed by a window that can do nothing.
 */
class SecondLaunchTest extends WholeAppTest {
    @Test
    void aSecondLaunchSaysItOnceAndCloses() throws Exception {
        storeNote("---\naccount: Lambda\ntitle: Site visit\n---\n# Site visit\n\nText.\n", w -> { });
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.contains("holding")) {
                // the other process's log lines
            }
            assertThat(line).as("the other process opened the store").isNotNull();

            launch();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                            && l.getText().contains("already open on")).tryQuery().isPresent());
            assertThat(lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                    && l.getText().startsWith("Could not open")).tryQuery()).as("no second error").isEmpty();
            clickOn("OK");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> List.copyOf(Window.getWindows()).stream().noneMatch(Window::isShowing)).get());
        } finally {
            other.getOutputStream().close();
            other.waitFor(30, TimeUnit.SECONDS);
            other.destroy();
        }
    }
}
