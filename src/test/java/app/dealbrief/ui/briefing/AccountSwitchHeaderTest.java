package app.dealbrief.ui.briefing;

import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.Background;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 items 3 and 4: choosing an account names it in the header at once, with "Loading briefing…", while its
 * briefing is built in the background; the previous account's sections are not shown under the new name.
 */
@Tag("slow")
class AccountSwitchHeaderTest extends FxRobot {
    private final FakeWorkspace workspace = new FakeWorkspace(Path.of("x"));
    /** Work the test lets finish when it says so (the briefing "is being built" until then). */
    private final List<Runnable> held = new ArrayList<>();
    private BriefingViewModel vm;
    private BriefingView view;

    private final Background later = new Background() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                // the work off the FX thread, as the real worker does; its result back on the FX thread
                try {
                    T result = work.call();
                    interact(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    interact(() -> onFailure.accept(e));
                }
            });
        }

        @Override
        public void ui(Runnable action) {
            action.run();
        }
    };

    @BeforeEach
    void mount() throws Exception {
        FxToolkit.registerPrimaryStage();
        vm = new BriefingViewModel(workspace, workspace, later, new FakeDialogs(), Clock.systemUTC());
        FxToolkit.setupSceneRoot(() -> view = new BriefingView(vm, new Navigator() {
            @Override
            public void openNote(String noteId, String sentence) {
            }

            @Override
            public void openAccount(String name) {
            }
        }));
        FxToolkit.showStage();
        interact(() -> vm.load("Microsoft"));
        finishAll();
    }

    private void finishAll() {
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
    }

    private String title() {
        return ((Label) view.lookup(".briefing-title")).getText();
    }

    private String subtitle() {
        return ((Label) view.lookup(".briefing-subtitle")).getText();
    }

    private boolean sectionsShown() {
        Node summary = view.lookup("#signalsList");
        for (Node n = summary; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theHeaderNamesTheNewAccountAtOnceAndItsSectionsFillWhenBuilt() {
        assertThat(title()).isEqualTo("Microsoft");
        assertThat(sectionsShown()).isTrue();

        interact(() -> vm.load("OpenAI"));
        assertThat(held).as("the briefing is still being built").isNotEmpty();
        assertThat(title()).isEqualTo("OpenAI");
        assertThat(subtitle()).isEqualTo("Loading briefing\u2026");
        assertThat(sectionsShown()).as("Microsoft's sections are not shown under OpenAI's name").isFalse();

        finishAll();
        assertThat(title()).isEqualTo("OpenAI");
        assertThat(subtitle()).isNotEqualTo("Loading briefing\u2026");
        assertThat(sectionsShown()).isTrue();
    }

    @Test
    void reloadingTheShownAccountKeepsItsSections() {
        interact(() -> vm.load("Microsoft"));
        assertThat(sectionsShown()).isTrue();
        assertThat(subtitle()).isNotEqualTo("Loading briefing\u2026");
        finishAll();
    }
}
