package app.dealbrief.workspace;

import app.dealbrief.domain.DealBriefException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DamagedStoreTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    @Test
    void aDamagedStoreIsNotReplacedAndTheUserIsToldWhereTheBackupIs() throws Exception {
        Files.writeString(vault.resolve("a.md"), "---\naccount: Crusoe\n---\n# A\n\nText.\n");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
        }
        Path file = data.resolve("db/dealbrief.mv.db");
        byte[] garbage = new byte[(int) Files.size(file)];
        java.util.Arrays.fill(garbage, (byte) 0x5A);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Workspaces.open(data)).isInstanceOf(DealBriefException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("Nothing was changed")
                .hasMessageContaining(data.resolve("backups").toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);

        Path backup = new Backups(data).automatic().get(0);
        Workspaces.restore(data, backup);
        try (Workspace w = Workspaces.open(data)) {
            assertThat(w.accounts()).hasSize(1);
        }
    }

    @Test
    void aMissingStoreWithBackupsIsNotSilentlyRecreated() throws Exception {
        Files.writeString(vault.resolve("a.md"), "---\naccount: Crusoe\n---\n# A\n");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
        }
        Files.delete(data.resolve("db/dealbrief.mv.db"));
        assertThatThrownBy(() -> Workspaces.open(data)).isInstanceOf(DealBriefException.class)
                .hasMessageContaining("missing").hasMessageContaining("restore");
        assertThat(data.resolve("db/dealbrief.mv.db")).doesNotExist();
    }
}
