package app.dealbrief.e2e;

import app.dealbrief.domain.AccountSummary;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A damaged store at start: the window says so and offers the newest backup; restoring it brings the notes back. */
class DamagedStoreAppTest extends WholeAppTest {
    @Test
    void theNewestBackupIsOfferedAndRestored() throws Exception {
        // closing the store after a change writes an automatic backup
        storeNote("---\naccount: Lambda\ntitle: Site visit\n---\n# Site visit\n\nText.\n", w -> { });
        Path file = data.resolve("db/dealbrief.mv.db");
        byte[] garbage = new byte[(int) Files.size(file)];
        Arrays.fill(garbage, (byte) 0x33);
        Files.write(file, garbage);

        launch();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("Restore newest backup").tryQuery().isPresent());
        clickOn("Restore newest backup");
        ListView<AccountSummary> accounts = accountsWhenListed();
        assertThat(accounts.getItems()).extracting(AccountSummary::name).containsExactly("Lambda");
        try (var kept = Files.list(data.resolve("backups"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".damaged.mv.db"));
        }
    }
}
