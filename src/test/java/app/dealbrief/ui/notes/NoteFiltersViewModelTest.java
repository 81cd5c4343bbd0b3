package app.dealbrief.ui.notes;

import app.dealbrief.domain.NoteSummary;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NoteFiltersViewModelTest {
    private final FakeWorkspace ws = new FakeWorkspace(Path.of("x"));
    private final NotesViewModel notes = new NotesViewModel(ws, new DirectBackground(), new FakeDialogs());
    private final NoteFiltersViewModel vm = new NoteFiltersViewModel(ws, new DirectBackground(), new FakeDialogs(),
            notes.notes());

    @Test
    void tagsAndTypesComeFromTheAccountsNotes() {
        notes.load("Microsoft");
        assertThat(vm.tags()).containsExactly("capacity", "customer", "site-visit", "storage");
        assertThat(vm.types()).containsExactly(NoteFiltersViewModel.ALL_TYPES, "customer");
        assertThat(vm.shown()).hasSize(3);
        assertThat(vm.countProperty().get()).isEmpty();
    }

    @Test
    void anyChosenTagLetsANoteThrough() {
        notes.load("Microsoft");
        vm.setTags(List.of("storage"));
        assertThat(vm.shown()).extracting(NoteSummary::id).containsExactly("ms-2");
        vm.setTags(List.of("storage", "site-visit"));
        assertThat(vm.shown()).extracting(NoteSummary::id).containsExactly("ms-2", "ms-3");
        assertThat(vm.countProperty().get()).isEqualTo("2 of 3 notes");
    }

    @Test
    void theDateRangeIncludesBothEnds() {
        notes.load("Microsoft");
        vm.fromProperty().set(LocalDate.parse("2025-09-03"));
        assertThat(vm.shown()).extracting(NoteSummary::id).containsExactly("ms-1", "ms-2");
        vm.toProperty().set(LocalDate.parse("2025-09-03"));
        assertThat(vm.shown()).extracting(NoteSummary::id).containsExactly("ms-2");
        vm.reset();
        assertThat(vm.shown()).hasSize(3);
    }

    @Test
    void anotherAccountStartsUnfiltered() {
        notes.load("Microsoft");
        vm.setTags(List.of("storage"));
        vm.typeProperty().set("customer");
        notes.load("OpenAI");
        assertThat(vm.selectedTags()).isEmpty();
        assertThat(vm.typeProperty().get()).isEqualTo(NoteFiltersViewModel.ALL_TYPES);
        assertThat(vm.shown()).hasSize(2);
        assertThat(vm.tags()).isEmpty();
    }

    @Test
    void theFilterItself() {
        NoteSummary market = new NoteSummary("m", "A", "Market map", LocalDate.parse("2025-11-24"), "market", null,
                null, null, List.of());
        NoteSummary undated = new NoteSummary("u", "A", "Scrap", null, "Customer", null, null, null, List.of());
        NoteFilter customer = new NoteFilter(Set.of(), "customer", null, null);
        assertThat(customer.test(market, List.of())).isFalse();
        assertThat(customer.test(undated, List.of())).as("type matches ignoring case").isTrue();
        NoteFilter since = new NoteFilter(Set.of(), null, LocalDate.parse("2025-01-01"), null);
        assertThat(since.test(undated, List.of())).as("a date bound leaves undated notes out").isFalse();
        assertThat(since.test(market, List.of())).isTrue();
        NoteFilter tagged = new NoteFilter(Set.of("AI"), null, null, null);
        assertThat(tagged.test(market, List.of("ai", "market"))).isTrue();
        assertThat(tagged.test(market, List.of())).isFalse();
        assertThat(NoteFilter.NONE.isEmpty()).isTrue();
    }

    /** Work waits until {@link #runAll()}: what the user sees while the worker is busy with something else. */
    private static final class Deferred implements app.dealbrief.ui.common.Background {
        private final java.util.List<Runnable> queued = new java.util.ArrayList<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                            java.util.function.Consumer<Throwable> failed) {
            queued.add(() -> new DirectBackground().run(work, ok, failed));
        }

        @Override
        public void ui(Runnable action) {
            action.run();
        }

        void runAll() {
            List<Runnable> now = List.copyOf(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void whileTheTagsAreReadTheFilterSaysSoInsteadOfNone() {
        Deferred later = new Deferred();
        NoteFiltersViewModel filters = new NoteFiltersViewModel(ws, later, new FakeDialogs(), notes.notes());
        notes.load("Microsoft");
        assertThat(filters.tags()).isEmpty();
        assertThat(filters.tagsLoadingProperty().get()).isTrue();
        later.runAll();
        assertThat(filters.tagsLoadingProperty().get()).isFalse();
        assertThat(filters.tags()).hasSize(4);
    }

    @Test
    void aNewNotesTagIsOfferedWithoutSwitchingAccounts() {
        notes.load("Microsoft");
        assertThat(vm.tags()).doesNotContain("pricing");
        ws.createNote("Microsoft", new app.dealbrief.domain.NoteDraft("Pricing call", "2025-12-01", "customer",
                List.of(), List.of("pricing"), "meeting"));
        notes.load("Microsoft");
        assertThat(vm.tags()).contains("pricing", "storage");
    }
}
