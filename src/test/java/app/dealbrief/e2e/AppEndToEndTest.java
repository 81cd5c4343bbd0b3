package app.dealbrief.e2e;

import org.junit.jupiter.api.Tag;
import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.ui.DealBriefApp;
import javafx.scene.Node;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole app on a fresh data folder, with the real store: what a new user sees first. */
@Tag("slow")
class AppEndToEndTest extends FxRobot {
    @TempDir
    Path data;
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + data);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aFirstStartShowsTheSampleAccountsAndTheirBriefingAndNotes() throws Exception {
        ListView<AccountSummary> accounts = waitForAccounts();
        assertThat(accounts.getItems()).extracting(AccountSummary::name)
                .contains("Microsoft (sample)", "OpenAI (sample)", "Oracle (sample)", "CoreWeave (sample)");
        assertThat(accounts.getItems()).allMatch(AccountSummary::sample);

        AccountSummary microsoft = accounts.getItems().stream()
                .filter(a -> a.name().equals("Microsoft (sample)")).findFirst().orElseThrow();
        interact(() -> accounts.getSelectionModel().select(microsoft));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            TableView<PartnershipTerm> terms = lookup("#termsTable").query();
            return lookup("#briefingView").tryQuery().map(Node::isVisible).orElse(false) && !terms.getItems().isEmpty();
        });
        TableView<PartnershipTerm> terms = lookup("#termsTable").query();
        assertThat(terms.getItems()).anySatisfy(t -> assertThat(t.amountUsd()).isEqualTo(250_000_000_000L));
        assertThat(lookup("#pitchList").queryListView().getItems()).isNotEmpty();

        ListView<NoteSummary> notes = lookup("#noteList").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notes.getItems().size() == microsoft.noteCount());
        assertThat(notes.getItems().get(0).date()).isEqualTo(microsoft.newestNote());
    }

    @Test
    void theFilterNarrowsTheAccountList() throws Exception {
        ListView<AccountSummary> accounts = waitForAccounts();
        clickOn("#accountFilter").write("core");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> accounts.getItems().size() == 1);
        assertThat(accounts.getItems().get(0).name()).isEqualTo("CoreWeave (sample)");
    }

    @Test
    void encryptionIsOfferedOnceAndNotNowIsRemembered() throws Exception {
        waitForAccounts();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#passphraseOffer").tryQuery().isPresent());
        clickOn("Not now");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#passphraseOffer").tryQuery().isEmpty());

        FxToolkit.cleanupApplication(app);
        app = FxToolkit.setupApplication(DealBriefApp.class, "--data-dir=" + data);
        waitForAccounts();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#passphraseOffer").tryQuery()).isEmpty();
    }

    @Test
    void cancellingThePassphraseDialogKeepsTheEncryptionOffer() throws Exception {
        waitForAccounts();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#passphraseOffer").tryQuery().isPresent());
        clickOn("#passphraseOfferSet");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#passphraseField").tryQuery()
                .map(n -> !Double.isNaN(n.getScene().getWindow().getX())).orElse(false));
        clickOn(lookup(".dialog-pane .button").match((javafx.scene.control.Labeled b) -> "Cancel".equals(b.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#passphraseField").tryQuery().isEmpty());
        // Cancel is no answer: the offer is still there for later
        assertThat(lookup("#passphraseOffer").tryQuery()).isPresent();
    }

    private ListView<AccountSummary> waitForAccounts() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#accountList").tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        assertThat(stage.isShowing()).isTrue();
        return lookup("#accountList").query();
    }
}
