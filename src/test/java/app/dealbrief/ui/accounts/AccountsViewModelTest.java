package app.dealbrief.ui.accounts;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsViewModelTest {
    private final FakeWorkspace ws = new FakeWorkspace(Path.of("unused"));
    private final AccountsViewModel vm = new AccountsViewModel(ws, new DirectBackground(), new FakeDialogs());

    @Test
    void filtersCaseInsensitivelyAsTheUserTypes() {
        vm.load();
        assertThat(vm.accounts()).hasSize(6);
        vm.filterProperty().set("MICRO");
        assertThat(vm.accounts()).extracting(AccountSummary::name).containsExactly("Microsoft");
        vm.filterProperty().set("  o ");
        assertThat(vm.accounts()).extracting(AccountSummary::name).contains("OpenAI", "Oracle", "CoreWeave", "Microsoft");
        vm.filterProperty().set("");
        assertThat(vm.accounts()).hasSize(6);
    }

    @Test
    void removeSampleAccountsEmptiesThemFromTheListInOneStep() {
        ws.add(new app.dealbrief.testutil.NoteBuilder().account("Microsoft (sample)").build());
        vm.load();
        assertThat(vm.hasSamples()).isTrue();
        vm.removeSamples();
        assertThat(vm.hasSamples()).isFalse();
        assertThat(vm.accounts()).extracting(AccountSummary::name).contains("Microsoft").doesNotContain("Microsoft (sample)");
    }

    @Test
    void selectsByNameIgnoringCaseAndClearsAFilterThatHidesIt() {
        vm.load();
        vm.filterProperty().set("nvid");
        assertThat(vm.select("openai")).isTrue();
        assertThat(vm.selectedProperty().get()).isEqualTo("OpenAI");
        assertThat(vm.filterProperty().get()).isEmpty();
    }

    @Test
    void aSelectionAskedForBeforeTheListArrivesIsKept() {
        assertThat(vm.select("Microsoft")).isFalse();
        vm.load();
        assertThat(vm.selectedProperty().get()).isEqualTo("Microsoft");
    }

    @Test
    void unknownAccountIsNotSelected() {
        vm.load();
        assertThat(vm.select("Fairwater")).isFalse();
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void describesCountAndNewestNote() {
        assertThat(AccountsView.describe(new AccountSummary("Microsoft", 3, java.time.LocalDate.of(2025, 11, 12))))
                .isEqualTo("3 notes · newest 2025-11-12");
        assertThat(AccountsView.describe(new AccountSummary("X", 1, null))).isEqualTo("1 note");
    }
}
