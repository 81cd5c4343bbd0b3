package app.dealbrief.ui.timeline;

import app.dealbrief.domain.TimelineEvent;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineViewModelTest {
    private final TimelineViewModel vm = new TimelineViewModel(new FakeWorkspace(Path.of("x")), new DirectBackground(),
            new FakeDialogs(), () -> LocalDate.parse("2025-11-24"));

    @Test
    void loadsTheAccountsEventsOldestFirst() {
        vm.load("Microsoft");
        assertThat(vm.events()).extracting(TimelineEvent::date).isSorted();
        assertThat(vm.events()).extracting(TimelineEvent::kind).contains(TimelineEvent.Kind.NOTE,
                TimelineEvent.Kind.AGREEMENT, TimelineEvent.Kind.TERM, TimelineEvent.Kind.DEADLINE);
        TimelineEvent last = vm.events().get(vm.events().size() - 1);
        assertThat(last.text()).isEqualTo("Microsoft IP rights extended to 2032");
        assertThat(TimelineViewModel.label(last)).isEqualTo("2032");
        assertThat(vm.upcoming(last)).isTrue();
        assertThat(vm.summaryProperty().get()).startsWith(vm.events().size() + " events from 2025-06-18 to 2032")
                .contains("2 ahead");
        vm.load(null);
        assertThat(vm.events()).isEmpty();
    }
}
