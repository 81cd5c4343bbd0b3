package app.dealbrief.ui.search;

import app.dealbrief.domain.SearchHit;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SearchViewModelTest {
    private final SearchViewModel vm = new SearchViewModel(new FakeWorkspace(Path.of("x")), new DirectBackground(), new FakeDialogs());

    @Test
    void findsNotesAndClearsOnBlank() {
        vm.search("gb300");
        assertThat(vm.results()).extracting(SearchHit::noteId).containsExactly("nv-1");
        vm.search("  ");
        assertThat(vm.results()).isEmpty();
    }
}
