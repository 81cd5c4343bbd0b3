package app.dealbrief.ui.search;

import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class QuickOpenViewModelTest {
    private final QuickOpenViewModel vm = new QuickOpenViewModel(new FakeWorkspace(Path.of("x")),
            new DirectBackground(), new FakeDialogs());

    @Test
    void opensWithAccountsThenNewestNotes() {
        vm.open();
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(vm.results()).hasSize(6 + 9);
        assertThat(vm.results().get(0)).isEqualTo(QuickOpenItem.account("CoreWeave"));
        assertThat(vm.results().get(6).label()).isEqualTo("Microsoft AI capacity and VAST");
    }

    @Test
    void aFewLettersRankAccountsAndNotes() {
        vm.open();
        vm.queryProperty().set("cw");
        assertThat(vm.results().get(0)).isEqualTo(QuickOpenItem.account("CoreWeave"));
        assertThat(vm.results()).extracting(QuickOpenItem::label).contains("CoreWeave expansion");

        vm.queryProperty().set("fairw");
        assertThat(vm.results()).extracting(QuickOpenItem::label).containsExactly("Fairwater site visit");
        assertThat(vm.results().get(0).noteId()).isEqualTo("ms-3");
        assertThat(vm.results().get(0).account()).isEqualTo("Microsoft");

        vm.queryProperty().set("zzz");
        assertThat(vm.results()).isEmpty();
    }

    @Test
    void closingEmptiesThePalette() {
        vm.open();
        vm.close();
        assertThat(vm.showingProperty().get()).isFalse();
        assertThat(vm.results()).isEmpty();
    }

    @Test
    void lettersTypedBeforeTheCandidatesArriveAreRankedWhenTheyDo() {
        java.util.List<Runnable> pending = new java.util.ArrayList<>();
        app.dealbrief.ui.common.Background later = new app.dealbrief.ui.common.Background() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                pending.add(() -> new DirectBackground().run(work, onSuccess, onFailure));
            }

            @Override
            public void ui(Runnable action) {
                action.run();
            }
        };
        QuickOpenViewModel slow = new QuickOpenViewModel(new FakeWorkspace(Path.of("x")), later, new FakeDialogs());
        slow.open();
        slow.queryProperty().set("oracle");
        // The candidates arrive after the ranking of "oracle" over nothing was asked for.
        while (!pending.isEmpty()) {
            Runnable r = pending.remove(0);
            r.run();
        }
        assertThat(slow.results()).first().isEqualTo(QuickOpenItem.account("Oracle"));
    }
}
