package app.dealbrief.ui.briefing;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Person;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TermCategory;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.FxBackground;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An account with hundreds of facts shows the top of each ranked list, and all of it on request. */
class LongBriefingViewTest extends FxRobot {
    private BriefingViewModel vm;

    /** Microsoft's briefing with 45 terms, 25 pitches and 30 people, best first as the builder ranks them. */
    private static Briefing longOne() {
        Briefing b = FakeWorkspace.microsoft();
        LocalDate d = LocalDate.parse("2025-11-12");
        List<PartnershipTerm> terms = new ArrayList<>(b.partnershipTerms());
        for (int i = terms.size(); i < 45; i++) {
            terms.add(new PartnershipTerm("Deal " + i, List.of("Microsoft", "Partner " + i), TermCategory.CAPACITY,
                    "Partner " + i + " supplies " + i + " MW", null, i / 1000.0, null, false, "ms-1", d, "s", 1));
        }
        List<Pitch> pitches = new ArrayList<>(b.pitches());
        for (int i = pitches.size(); i < 25; i++) {
            pitches.add(new Pitch("Pitch number " + i, "Why " + i, Pitch.Origin.NOTE, "ms-1", "e", Pitch.Status.TO_TRY));
        }
        List<Person> people = new ArrayList<>(b.people());
        for (int i = people.size(); i < 30; i++) {
            people.add(new Person("Person " + i, d, 1));
        }
        return new Briefing(b.account(), b.asOf(), b.noteCount(), b.summary(), b.signals(), terms, b.acceleratorMix(),
                b.acceleratorHistory(), pitches, b.related(), b.actionItems(), people, b.summaryDate(),
                b.olderActionItems(), b.clusterCount());
    }

    @BeforeEach
    void mount() throws Exception {
        FakeWorkspace workspace = new FakeWorkspace(Path.of("x"));
        workspace.customBriefings.put("Microsoft", longOne());
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
            javafx.stage.Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1200);
            stage.setHeight(760);
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theTopOfEachListThenAllOfItThenTheTopAgainForAnotherVisit() throws Exception {
        TableView<PartnershipTerm> terms = lookup("#termsTable").queryTableView();
        ListView<Pitch> pitches = lookup("#pitchList").queryListView();
        interact(() -> vm.load("Microsoft"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> terms.getItems().size() == BriefingView.TOP_TERMS);
        assertThat(terms.getItems().get(0).text()).isEqualTo("Azure API exclusivity continues");
        assertThat(pitches.getItems()).hasSize(BriefingView.TOP_PITCHES);
        Hyperlink all = lookup("#termsShowAll").query();
        assertThat(all.getText()).isEqualTo("Show all 45 terms");
        assertThat(lookup("#pitchesShowAll").queryAs(Hyperlink.class).getText()).isEqualTo("Show all 25 pitches");
        assertThat(lookup("#peopleShowAll").queryAs(Hyperlink.class).getText()).isEqualTo("Show all 30 people");

        interact(all::fire);
        assertThat(terms.getItems()).hasSize(45);
        assertThat(all.getText()).isEqualTo("Show the top " + BriefingView.TOP_TERMS);

        interact(() -> vm.load("OpenAI"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> terms.getItems().isEmpty());
        assertThat(lookup("#termsShowAll").query().isVisible()).as("nothing more to show").isFalse();
        interact(() -> vm.load("Microsoft"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> terms.getItems().size() == BriefingView.TOP_TERMS);
    }
}
