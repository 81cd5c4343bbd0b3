package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.Person;
import app.dealbrief.domain.UserSettings;
import app.dealbrief.testutil.messy.MessyVault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's done criteria on the messy fixture vault (212 notes, every pattern of a real vault), imported
 * end to end: accounts from folders, no placeholder accounts, one count per duplicate cluster, only real open
 * items, never the owner among an account's people.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessyVaultTest {
    private Path tmp;
    private MessyVault vault;
    private Workspace w;
    /** The account each imported file landed in, by path relative to the vault. */
    private final Map<Path, String> landed = new HashMap<>();

    @BeforeAll
    void importTheVault(@TempDir Path dir) {
        tmp = dir;
        vault = MessyVault.write(tmp.resolve("vault"), 42);
        w = Workspaces.open(tmp.resolve("data"));
        ((DefaultWorkspace) w).useClock(Clock.fixed(MessyVault.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        w.saveSettings(UserSettings.NONE.withMe(vault.me(), vault.meAliases()).withMyCompany(vault.ownCompany()));
        w.importPaths(List.of(vault.root()), Workspace.Progress.NONE);
        for (AccountSummary a : w.accounts()) {
            for (NoteSummary n : w.notes(a.name())) {
                landed.put(vault.root().relativize(Path.of(n.path())), a.name());
            }
        }
    }

    @AfterAll
    void close() {
        w.close();
    }

    @Test
    void notesInsideAnAccountFolderLandInThatAccount() {
        List<String> wrong = new ArrayList<>();
        for (Path p : vault.insideAccountFolder()) {
            String want = vault.expectedAccount().get(p);
            if (want != null && !want.equalsIgnoreCase(landed.get(p))) {
                wrong.add(p + " -> " + landed.get(p) + " (want " + want + ")");
            }
        }
        double share = 1.0 - (double) wrong.size() / vault.insideAccountFolder().size();
        assertThat(share).as("share in their folder's account; wrong: %s", wrong).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyNoteLandsWhereACarefulUserWouldFileIt() {
        List<String> wrong = new ArrayList<>();
        vault.expectedAccount().forEach((p, want) -> {
            String got = landed.get(p);
            boolean ok = want == null ? "Unassigned".equals(got) : want.equalsIgnoreCase(got);
            if (!ok) {
                wrong.add(p + " -> " + got + " (want " + want + ")");
            }
        });
        double share = 1.0 - (double) wrong.size() / vault.expectedAccount().size();
        assertThat(share).as("wrong: %s", wrong).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void noPlaceholderOrAliasBecomesAnAccount() {
        List<String> names = w.accounts().stream().map(AccountSummary::name).toList();
        for (String placeholder : vault.placeholderValues()) {
            assertThat(names).as("placeholder %s", placeholder).noneMatch(n -> n.equalsIgnoreCase(placeholder.strip()));
        }
        List<String> expected = new ArrayList<>(vault.accounts());
        expected.add("Unassigned");
        assertThat(names).as("accounts").containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyDuplicateClusterCountsOnce() {
        Map<String, Integer> got = new TreeMap<>();
        for (String a : vault.accounts()) {
            got.put(a, w.briefing(a).clusterCount());
        }
        assertThat(got).isEqualTo(new TreeMap<>(vault.expectedClusters()));
    }

    @Test
    void openActionItemsAreOnlyTheRealOpenOnes() {
        Map<String, List<String>> got = new TreeMap<>();
        Map<String, List<String>> want = new TreeMap<>();
        for (String a : vault.accounts()) {
            Briefing b = w.briefing(a);
            got.put(a, b.actionItems().stream().map(i -> key(i.text()) + "/" + i.state().label()).sorted().toList());
            want.put(a, vault.expectedOpenTasks().getOrDefault(a, List.of()).stream()
                    .map(t -> key(t.text()) + "/" + t.status()).sorted().toList());
        }
        assertThat(got).isEqualTo(want);
    }

    @Test
    void theOwnerIsNeverOneOfAnAccountsPeople() {
        for (String a : vault.accounts()) {
            List<String> people = w.briefing(a).people().stream().map(Person::name).toList();
            assertThat(people).as(a).noneMatch(n -> n.toLowerCase(Locale.ROOT).contains(vault.me().toLowerCase(Locale.ROOT)));
            for (String alias : vault.meAliases()) {
                assertThat(people).as(a).noneMatch(n -> n.equalsIgnoreCase(alias));
            }
        }
    }

    @Test
    void withoutMeInPreferencesTheOwnerIsGuessedAndNeverListed() {
        try (Workspace fresh = Workspaces.open(tmp.resolve("data-no-settings"))) {
            fresh.importPaths(List.of(vault.root()), Workspace.Progress.NONE);
            for (String a : vault.accounts()) {
                assertThat(fresh.briefing(a).people()).extracting(Person::name).as(a).doesNotContain(vault.me());
            }
        }
    }

    @Test
    void theAccountsPeopleComeFirst() {
        for (String a : vault.accounts()) {
            List<Person> people = w.briefing(a).people();
            List<String> expected = vault.expectedPeople().getOrDefault(a, List.of());
            if (people.isEmpty() || expected.isEmpty()) {
                continue;
            }
            assertThat(expected).as(a + " people " + people).contains(people.get(0).name());
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
