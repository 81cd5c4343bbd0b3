package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Person;
import app.dealbrief.domain.UserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The patterns of real vaults (issue 14), imported end to end through the workspace. */
class RealVaultImportTest {
    @TempDir
    Path data;
    @TempDir
    Path root;

    private Path vault;

    private void write(String rel, String text) throws IOException {
        Path p = vault.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static String note(String account, String date, String body) {
        return "---\naccount: \"" + account + "\"\ndate: " + date + "\n---\n" + body;
    }

    private List<String> names(Workspace w) {
        return w.accounts().stream().map(AccountSummary::name).toList();
    }

    @Test
    void accountFoldersOfAnyNameTemplateLeftoversAndAliases() throws IOException {
        vault = root.resolve("vault");
        write("Customers and Partners/Halvard Systems/Meetings/2025/kickoff.md",
                note("{{ account }}", "2025-10-01", "# Kickoff\nThey run 40 PB of training data.\n"));
        write("CRM/Quillon Labs/intro.md", "# Intro call\nNo front matter at all; the folder says who.\n");
        write("Clients/_archive/Halvard Systems/old.md", note("", "2025-09-01", "# Old\nAn older copy.\n"));
        write("Accounts/Brightline/notes.md", note("[[]]", "2025-10-02", "# Notes\nText.\n"));
        write("Inbox/a.md", note("_Unknown_", "2025-10-03", "# Stray\nNothing says whose.\n"));
        write("Inbox/b.md", note("Company Name", "2025-10-03", "# Stray 2\nNothing either.\n"));
        write("Inbox/c.md", note("\u00a0Microsoft", "2025-10-04", "# Azure sync\nText.\n"));
        write("Inbox/d.md", note("NVIDIA Corporation", "2025-10-05", "# GPU roadmap\nText.\n"));
        write("Inbox/e.md", note("[[Oracle Cloud Infrastructure]]", "2025-10-06", "# OCI\nText.\n"));
        write("Inbox/f.md", note("nvidia", "2025-10-07", "# More\nText.\n"));
        write("Inbox/2025-10-08 Oracle pricing call.md", "Oracle asked for a quote.\n");
        write("Inbox/renewal.md", "OCI - renewal (2025-07-01)\n\nThey want the second hall priced by Friday.\n");
        write("Inbox/g.md", "# Prep\nCall with [[CoreWeave]] next week about the Plano site.\n");
        write("Daily/2025-10-09.md", "# 2025-10-09\nLunch, then a call with Microsoft.\n- [ ] buy milk\n");
        write("People/Greg Halvorsen.md", "---\ncompany: \"[[Microsoft]]\"\ntitle: Director, Azure AI\n---\n# Greg\n");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(names(w)).containsExactlyInAnyOrder("Brightline", "CoreWeave", "Halvard Systems", "Microsoft",
                    "NVIDIA", "Oracle", "Quillon Labs", "Unassigned");
            Map<String, Integer> counts = new java.util.HashMap<>();
            w.accounts().forEach(a -> counts.put(a.name(), a.noteCount()));
            assertThat(counts).containsEntry("Halvard Systems", 2).containsEntry("NVIDIA", 2)
                    .containsEntry("Microsoft", 2).containsEntry("Unassigned", 3)
                    .as("an alias on the first line (OCI) names Oracle").containsEntry("Oracle", 3);
        }
    }

    @Test
    void aTemplatesPlaceholdersAreNoWarningButTheSameInANoteIs() throws IOException {
        vault = root.resolve("vault");
        write("Templates/Meeting Template.md", "---\ndate: {{date}}\ntype: meeting\n---\n# {{title}}\n");
        write("Meetings/2025-10-01 Halvard sync.md", "---\naccount: Halvard\ndate: {{date}}\n---\n# Sync\nText.\n");
        try (Workspace w = Workspaces.open(data)) {
            app.dealbrief.domain.ImportReport r = w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(r.imported()).as("a template is still a file of the vault, imported as such").isEqualTo(2);
            assertThat(r.warnings()).extracting(app.dealbrief.domain.ImportReport.Problem::path)
                    .containsExactly(vault.resolve("Meetings/2025-10-01 Halvard sync.md").toString());
            assertThat(r.warnings().get(0).reason()).contains("`{{date}}` is a template placeholder");
        }
    }

    @Test
    void aPersonTemplateIsNoPerson() throws IOException {
        vault = root.resolve("vault");
        write("Templates/Actor Template.md", "---\ncategories: \"[[People]]\"\ntype:\n  - \"[[Actors]]\"\n---\n## Movies\n");
        write("People/Kevin Kelly.md", "---\ncategories: \"[[People]]\"\n---\n# Kevin Kelly\nWriter.\n");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(w.briefing("Unassigned").people()).extracting(Person::name)
                    .contains("Kevin Kelly").doesNotContain("Actor Template");
        }
    }

    @Test
    void aUserAliasFoldsTwoNamesIntoOneAccount() throws IOException {
        vault = root.resolve("vault");
        write("a.md", note("Halvard", "2025-10-01", "# A\nText.\n"));
        write("b.md", note("Halvard Systems AB", "2025-10-02", "# B\nText.\n"));
        try (Workspace w = Workspaces.open(data)) {
            w.saveSettings(new UserSettings(null, List.of(), List.of(), Map.of("Halvard", List.of("Halvard Systems AB")), 60));
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(names(w)).containsExactly("Halvard");
        }
    }

    @Test
    void copiesOfOneMeetingCountOnceAndTheOwnerIsNoKeyPerson() throws IOException {
        vault = root.resolve("vault");
        String day = "2026-11-20";
        String[] wordings = {
            "Halvard confirmed they will run training on GB300 racks. Storage needs grow to 80 PB. Jordan Reyes to send the sizing.",
            "Halvard confirmed training will run on GB300 racks; storage needs grow to 80 PB. Jordan to send sizing.",
            "Storage needs grow to 80 PB, and Halvard confirmed training runs on GB300 racks. Sizing from Jordan Reyes."};
        for (int i = 0; i < wordings.length; i++) {
            String suffix = i == 0 ? "" : i == 1 ? " (2)" : " 3f9a";
            write((i == 2 ? "_archive/" : "Inbox/") + "2026-11-20 - Halvard sync" + suffix + ".md", """
                    ---
                    account: Halvard
                    date: %s
                    source_ref: "Inbox/2026-11-20 - Halvard sync%s.md"
                    participants: ["Jordan Reyes", "Greg Halvorsen (Director, Azure AI)", "Myself"]
                    ---
                    # Halvard sync

                    ## Summary
                    %s

                    - [%s] Send the sizing sheet @Jordan 📅 2026-11-30
                    - [/] Draft the pilot plan
                    - [?] Offer a second site
                    - [-] Book the old venue
                    """.formatted(day, suffix, wordings[i], i == 1 ? "x" : " "));
        }
        write("Inbox/2026-11-20 - Halvard security review.md", """
                ---
                account: Halvard
                date: 2026-11-20
                participants: [Jordon Reyes, Ana Ruiz]
                ---
                # Security review

                A separate meeting about encryption keys, audit logging and the tenant isolation questionnaire.
                - [ ] Answer the questionnaire 📅 2026-08-01
                """);
        try (Workspace w = Workspaces.open(data)) {
            w.saveSettings(UserSettings.NONE.withMe("Jordan Reyes", List.of("Jordan")));
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            Briefing b = w.briefing("Halvard");
            assertThat(b.noteCount()).isEqualTo(4);
            assertThat(b.clusterCount()).as("three copies and one other meeting").isEqualTo(2);
            assertThat(b.actionItems()).extracting(a -> a.text() + "/" + a.state().label() + "/" + a.copies())
                    .containsExactlyInAnyOrder("Draft the pilot plan/in-progress/1", "Offer a second site/proposed/1");
            assertThat(b.olderActionItems()).extracting(ActionItem::text).containsExactly("Answer the questionnaire");
            assertThat(b.people()).extracting(Person::name).containsExactlyInAnyOrder("Greg Halvorsen", "Ana Ruiz");
            Person greg = b.people().stream().filter(p -> p.name().equals("Greg Halvorsen")).findFirst().orElseThrow();
            assertThat(greg.role()).isEqualTo("Director, Azure AI");
            assertThat(greg.noteCount()).as("copies of one meeting count once").isEqualTo(1);
            assertThat(b.acceleratorMix()).allMatch(a -> a.supportCount() == 1);
        }
    }

    @Test
    void excludedFoldersAreNotImportedAndEarlierImportsGoToTheTrash() throws IOException {
        vault = root.resolve("vault");
        write("Inbox/a.md", note("Halvard", "2025-10-01", "# A\nText one.\n"));
        write("Inbox/_archive/b.md", note("Halvard", "2025-10-02", "# B\nText two.\n"));
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(w.notes("Halvard")).hasSize(2);
            w.saveSettings(UserSettings.NONE.withExcludedFolders(List.of("_archive/**")));
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(w.notes("Halvard")).hasSize(1);
            assertThat(w.trash()).hasSize(1);
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(w.trash()).as("idempotent").hasSize(1);
        }
    }

    @Test
    void theSummaryIsTheNewestSubstantiveNote() throws IOException {
        vault = root.resolve("vault");
        write("a.md", note("Halvard", "2025-10-01", "# Review\n\n## Summary\nHalvard picked two sites and wants a storage design for 80 PB by March.\n"));
        write("b.md", note("Halvard", "2025-10-05", "# Moving our call\n\n## Summary\nMoving our call to Thursday at 10, same dial-in.\n"));
        write("c.md", note("Halvard", "2025-10-07", "# Stub\n"));
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            Briefing b = w.briefing("Halvard");
            assertThat(b.summary()).startsWith("Halvard picked two sites");
            assertThat(b.summaryDate()).isEqualTo(LocalDate.of(2025, 10, 1));
        }
    }

    @Test
    void withoutMeInPreferencesTheOwnerIsTheOneInEveryAccountsMeetings() throws IOException {
        vault = root.resolve("vault");
        String[] accounts = {"Halvard", "Quillon", "Brightline", "Ostrava"};
        for (int i = 0; i < accounts.length; i++) {
            write(accounts[i] + ".md", """
                    ---
                    account: %s
                    date: 2026-11-0%d
                    participants: ["Jordan Reyes", "Contact %s Person"]
                    ---
                    # Sync
                    Text.
                    """.formatted(accounts[i], i + 1, accounts[i]));
        }
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertThat(w.briefing("Halvard").people()).extracting(Person::name).containsExactly("Contact Halvard Person");
        }
    }

    @Test
    void tickingAnItemInTheBriefingMarksItDoneInItsNoteAsARevision() throws IOException {
        vault = root.resolve("vault");
        write("a.md", note("Halvard", "2026-11-20", "# Sync\n- [ ] Send the sizing sheet 📅 2026-12-01\n- [ ] Book the demo\n"));
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            ActionItem item = w.briefing("Halvard").actionItems().stream()
                    .filter(a -> a.text().equals("Send the sizing sheet")).findFirst().orElseThrow();
            assertThat(w.setActionItemStatus(item.noteId(), item.text(), 'x')).contains(' ');
            assertThat(w.briefing("Halvard").actionItems()).extracting(ActionItem::text).containsExactly("Book the demo");
            assertThat(w.note(item.noteId()).orElseThrow().text()).contains("- [x] Send the sizing sheet");
            assertThat(w.history(item.noteId())).as("the text before the tick is a revision").isNotEmpty();
            w.setActionItemStatus(item.noteId(), item.text(), ' ');
            assertThat(w.briefing("Halvard").actionItems()).hasSize(2);
        }
    }
}
