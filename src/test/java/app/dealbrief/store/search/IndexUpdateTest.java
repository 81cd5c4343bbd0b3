package app.dealbrief.store.search;

import static app.dealbrief.store.search.NoteFixture.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dealbrief.domain.SearchHit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexUpdateTest extends SearchTestBase {

    @Test
    void putReplacesByIdAndReflectsTheEditAtOnce() {
        index.put(note("n2").account("Oracle").title("OCI roadmap v2").body("Now about Trainium2 pricing.").build());
        assertThat(index.size()).isEqualTo(5);
        assertThat(ids("mi450")).isEmpty();
        assertThat(ids("trainium2")).containsExactly("n2");
    }

    @Test
    void deleteRemoves() {
        index.delete("n1");
        assertThat(ids("nvidia")).containsExactly("n3");
        assertThat(index.size()).isEqualTo(4);
        index.delete("no-such-id");
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void putAllAddsEveryNote() {
        index.putAll(List.of(note("a").title("Cerebras wafer").build(), note("b").title("Cerebras cloud").build()));
        assertThat(ids("cerebras")).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void rebuildReplacesEverything() {
        index.rebuild(List.of(note("x").title("Only this").build()).iterator());
        assertThat(index.size()).isEqualTo(1);
        assertThat(ids("nvidia")).isEmpty();
        assertThat(ids("only")).containsExactly("x");
    }

    @Test
    void hitCarriesStoredFields() {
        SearchHit hit = index.search("gb300", 5).get(0);
        assertThat(hit.noteId()).isEqualTo("n1");
        assertThat(hit.account()).isEqualTo("Microsoft");
        assertThat(hit.title()).isEqualTo("Fairwater capacity review");
        assertThat(hit.date()).isEqualTo(LocalDate.of(2025, 11, 12));
        assertThat(hit.score()).isPositive();
        assertThat(hit.snippet()).contains("GB300").doesNotContain("**").doesNotContain("#");
    }

    @Test
    void undatedNoteHasNullDate() {
        assertThat(index.search("abilene", 5)).singleElement().extracting(SearchHit::date).isNull();
    }

    @Test
    void nullsInANoteAreTolerated() {
        index.put(NoteFixture.bare("z"));
        assertThat(ids("z")).isEmpty();
        assertThat(index.size()).isEqualTo(6);
    }

    @Test
    void aNoteWithoutIdIsRefused() {
        assertThatThrownBy(() -> index.put(note(null).build())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rebuildSkipsNotesWithoutIdAndManyBatchesArriveWhole() {
        List<app.dealbrief.domain.Note> notes = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            notes.add(note("m" + i).title("batch note " + i).build());
        }
        notes.add(500, note(null).title("no id").build());
        index.rebuild(notes.iterator());
        assertThat(index.size()).isEqualTo(1000);
        assertThat(index.needsRebuild()).isFalse();
        assertThat(index.search("batch", 2000)).hasSize(1000);
    }

    @Test
    void aFailedRebuildLeavesNeedsRebuildSet() {
        java.util.Iterator<app.dealbrief.domain.Note> broken = new java.util.Iterator<>() {
            int i;

            public boolean hasNext() {
                return true;
            }

            public app.dealbrief.domain.Note next() {
                if (++i > 600) {
                    throw new IllegalStateException("database went away");
                }
                return note("b" + i).build();
            }
        };
        assertThatThrownBy(() -> index.rebuild(broken)).hasMessageContaining("database went away");
        assertThat(index.needsRebuild()).isTrue();
        assertThatCodeSearches();
    }

    private void assertThatCodeSearches() {
        org.assertj.core.api.Assertions.assertThatCode(() -> index.search("anything", 5)).doesNotThrowAnyException();
    }

    @Test
    void limitIsHonoured() {
        for (int i = 0; i < 30; i++) {
            index.put(note("c" + i).title("capacity " + i).build());
        }
        assertThat(index.search("capacity", 7)).hasSize(7);
        assertThat(index.search("capacity", 1)).hasSize(1);
        assertThat(index.search("capacity", 0)).isEmpty();
        assertThat(index.search("capacity", 1000)).hasSize(34);
    }
}
