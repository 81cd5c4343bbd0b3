package app.dealbrief.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackupsTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    @Test
    void closingAfterAChangeWritesABackupThatRestores() throws Exception {
        Files.writeString(vault.resolve("a.md"), "---\naccount: Crusoe\n---\n# A\n\nText.\n");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
        }
        List<Path> auto = new Backups(data).automatic();
        assertThat(auto).hasSize(1);
        try (Workspace w = Workspaces.open(data)) {
            w.removeAccount("Crusoe");
        }
        Workspaces.restore(data, auto.get(0));
        try (Workspace w = Workspaces.open(data)) {
            assertThat(w.accounts()).hasSize(1);
        }
    }

    @Test
    void closingWithNoChangeWritesNone() {
        try (Workspace w = Workspaces.open(data)) {
            w.setPreference("ui.theme", "dark");
        }
        assertThat(new Backups(data).automatic()).isEmpty();
    }

    @Test
    void onlyTheNewestTenAreKept() throws Exception {
        Backups b = new Backups(data);
        Path folder = Files.createDirectories(data.resolve("backups"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(folder.resolve(String.format("auto-20250101-0000%02d.zip", i)), "x");
        }
        Files.writeString(folder.resolve("manual.zip"), "x");
        b.run(p -> {
            try {
                Files.writeString(p, "new");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(b.automatic()).hasSize(10);
        assertThat(folder.resolve("manual.zip")).exists();
        assertThat(folder.resolve("auto-20250101-000000.zip")).doesNotExist();
    }

    @Test
    void anOpenWorkspaceRestoresABackupAndStaysUsable() throws Exception {
        Files.writeString(vault.resolve("a.md"), "---\naccount: Crusoe\n---\n# A\n\nAbilene power blocks.\n");
        Path backup = vault.resolve("before.zip");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            w.backup(backup);
            w.removeAccount("Crusoe");
            assertThat(w.accounts()).isEmpty();
            Path saved = w.restoreBackup(backup);
            assertThat(saved).exists();
            assertThat(w.accounts()).extracting(a -> a.name()).containsExactly("Crusoe");
            assertThat(w.search("Abilene", 5)).hasSize(1);
        }
    }

    @Test
    void aBadBackupLeavesTheOpenStoreAsItWas() throws Exception {
        Files.writeString(vault.resolve("a.md"), "---\naccount: Crusoe\n---\n# A\n");
        Path junk = vault.resolve("junk.zip");
        Files.writeString(junk, "not a backup");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault.resolve("a.md")), Workspace.Progress.NONE);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.restoreBackup(junk))
                    .isInstanceOf(app.dealbrief.domain.DealBriefException.class).hasMessageContaining("junk.zip");
            assertThat(w.accounts()).hasSize(1);
        }
    }
}
