package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    @Test
    void theFirstStartLoadsTheSampleAccountsOnceAndTheUserCanRemoveThem() {
        try (Workspace w = Workspaces.openWithSamples(data)) {
            assertThat(w.accounts()).extracting(AccountSummary::name)
                    .contains("Microsoft (sample)", "OpenAI (sample)", "Oracle (sample)", "CoreWeave (sample)");
            assertThat(w.accounts()).allMatch(AccountSummary::sample);
            assertThat(w.removeSampleAccounts()).isPositive();
            assertThat(w.accounts()).isEmpty();
            assertThat(w.trash()).as("removed to the trash, not deleted").isNotEmpty();
        }
        try (Workspace w = Workspaces.openWithSamples(data)) {
            assertThat(w.accounts()).as("removed samples stay removed").isEmpty();
        }
    }

    @Test
    void sampleNotesNeverReachARealAccountOfTheSameName() throws Exception {
        Files.writeString(vault.resolve("real.md"), """
                ---
                account: Microsoft
                date: 2026-01-05
                ---
                # Capacity review

                ## Summary
                The real team asked for a storage quote for their new inference region next quarter.
                """);
        try (Workspace w = Workspaces.openWithSamples(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            AccountSummary real = w.accounts().stream().filter(a -> a.name().equals("Microsoft")).findFirst().orElseThrow();
            assertThat(real.sample()).isFalse();
            assertThat(real.noteCount()).isEqualTo(1);
            Briefing b = w.briefing("microsoft");
            assertThat(b.account()).isEqualTo("Microsoft");
            assertThat(b.noteCount()).isEqualTo(1);
            assertThat(b.summary()).startsWith("The real team asked");
            assertThat(b.partnershipTerms()).isEmpty();
            assertThat(w.accounts()).filteredOn(AccountSummary::sample).extracting(AccountSummary::name)
                    .contains("Microsoft (sample)");
            assertThat(w.findAccount("OpenAI")).as("no real OpenAI yet: the demo one").contains("OpenAI (sample)");
            assertThat(w.findAccount("microsoft")).as("the real one wins").contains("Microsoft");
        }
    }

    @Test
    void theCliStoreDoesNotGetSamples() {
        try (Workspace w = Workspaces.open(data)) {
            assertThat(w.accounts()).isEmpty();
        }
    }

    @Test
    void changedFilesUpdateTheirNoteAndKeepTheOldTextAsARevision() throws Exception {
        Path f = vault.resolve("a.md");
        Files.writeString(f, "---\naccount: Oracle\ntitle: Site walk\ndate: 2025-07-23\n---\nFirst text.\n");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            Files.writeString(f, "---\naccount: Oracle\ntitle: Site walk\ndate: 2025-07-23\n---\nSecond text.\n");
            ImportReport r = w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(r.updated()).isEqualTo(1);
            String id = w.notes("oracle").get(0).id();
            Note n = w.note(id).orElseThrow();
            assertThat(n.body()).contains("Second text.");
            assertThat(w.notes("Oracle")).hasSize(1);
        }
    }

    @Test
    void aRejectedFileLeavesTheStoreAsItWas() throws Exception {
        Files.writeString(vault.resolve("a.md"), "# A\n\nText.\n");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            List<AccountSummary> before = w.accounts();
            Path bad = Files.createTempDirectory("bad");
            Files.write(bad.resolve("bad.md"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', 0});
            ImportReport r = w.importPaths(List.of(bad), Workspace.Progress.NONE);
            assertThat(r.rejected()).hasSize(1);
            assertThat(w.accounts()).isEqualTo(before);
        }
    }

    @Test
    void aMissingPathImportsNothing() throws Exception {
        Files.writeString(vault.resolve("a.md"), "# A\n\nText.\n");
        try (Workspace w = Workspaces.open(data)) {
            assertThatThrownBy(() -> w.importPaths(List.of(vault, vault.resolve("missing")), Workspace.Progress.NONE))
                    .isInstanceOf(DealBriefException.class).hasMessageContaining("missing");
            assertThat(w.accounts()).isEmpty();
        }
    }

    @Test
    void exportThenImportGivesBackIdenticalNotes() throws Exception {
        String text = "---\ntype: customer\ntitle: \"Q3 review\"\ndate: 2025-09-01\naccount: CoreWeave\n"
                + "deal_stage: negotiation\n---\n\n# Q3 review\n\n- GB300 racks ramping\n";
        Files.writeString(vault.resolve("q3.md"), text);
        Path out = Files.createTempDirectory("export");
        Path data2 = Files.createTempDirectory("data2");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(w.export(out, null)).isEqualTo(1);
        }
        Path written = out.resolve("CoreWeave").resolve("2025-09-01 - Q3 review.md");
        assertThat(written).hasContent(text);
        try (Workspace w = Workspaces.open(data2)) {
            w.importPaths(List.of(out), Workspace.Progress.NONE);
            Note back = w.note(w.notes("CoreWeave").get(0).id()).orElseThrow();
            assertThat(back.text()).isEqualTo(text);
            assertThat(back.frontMatter()).containsEntry("deal_stage", "negotiation");
        }
    }

    @Test
    void anAccountTakenFromTheFolderSurvivesExportAndReimport() throws Exception {
        Path f = vault.resolve("Accounts").resolve("Lambda").resolve("sync.md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "# Sync\n\nNo front matter at all.\n");
        Path out = Files.createTempDirectory("export");
        Path data2 = Files.createTempDirectory("data2");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(w.accounts()).extracting(AccountSummary::name).containsExactly("Lambda");
            w.export(out, "lambda");
        }
        try (Workspace w = Workspaces.open(data2)) {
            w.importPaths(List.of(out), Workspace.Progress.NONE);
            assertThat(w.accounts()).extracting(AccountSummary::name).containsExactly("Lambda");
        }
    }

    @Test
    void backupAndRestoreBringBackTheStore() throws Exception {
        Files.writeString(vault.resolve("a.md"), "---\naccount: Nebius\n---\n# A\n\nText.\n");
        Path backup = vault.resolve("store.zip");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault.resolve("a.md")), Workspace.Progress.NONE);
            w.backup(backup);
            w.removeAccount("Nebius");
            assertThat(w.accounts()).isEmpty();
        }
        Path saved = Workspaces.restore(data, backup);
        assertThat(saved).exists();
        try (Workspace w = Workspaces.open(data)) {
            assertThat(w.accounts()).extracting(AccountSummary::name).containsExactly("Nebius");
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotABackupAndKeepsTheStore() throws Exception {
        Files.writeString(vault.resolve("a.md"), "---\naccount: Nebius\n---\n# A\n");
        Path junk = vault.resolve("junk.zip");
        Files.writeString(junk, "not a zip");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault.resolve("a.md")), Workspace.Progress.NONE);
        }
        assertThatThrownBy(() -> Workspaces.restore(data, junk)).isInstanceOf(DealBriefException.class)
                .hasMessageContaining("junk.zip");
        try (Workspace w = Workspaces.open(data)) {
            assertThat(w.accounts()).hasSize(1);
        }
    }
}
