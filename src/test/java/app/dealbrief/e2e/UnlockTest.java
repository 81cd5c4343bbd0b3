package app.dealbrief.e2e;

import app.dealbrief.domain.AccountSummary;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An encrypted store: the window asks for the passphrase, refuses a wrong one, opens with the right one. */
class UnlockTest extends WholeAppTest {
    @Test
    void theWindowAsksForThePassphraseAndOpensOnlyWithTheRightOne() throws Exception {
        storeNote("---\naccount: Crusoe\ntitle: Site visit\n---\n# Site visit\n\nText.\n",
                w -> w.changePassphrase("river otter lamp".toCharArray()));
        launch();

        enter("wrong passphrase");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("Wrong passphrase: nothing was opened or changed. Try again.")
                .tryQuery().isPresent());
        enter("river otter lamp");
        ListView<AccountSummary> accounts = accountsWhenListed();
        assertThat(accounts.getItems()).extracting(AccountSummary::name).containsExactly("Crusoe");
    }

    private void enter(String passphrase) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#passphraseField")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        javafx.scene.Node field = lookup("#passphraseField").match(org.testfx.util.NodeQueryUtils.isVisible()).query();
        clickOn(field).write(passphrase).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
