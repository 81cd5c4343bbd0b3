package app.dealbrief.store.search;

import static app.dealbrief.store.search.NoteFixture.note;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.SearchHit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A small in-memory corpus most tests search. */
abstract class SearchTestBase {

    protected SearchIndex index;

    static List<Note> corpus() {
        return List.of(
                note("n1").account("Microsoft").title("Fairwater capacity review").date("2025-11-12")
                        .type("customer").source("transcript").tags("customer", "ai-infra")
                        .people("Jeff Denworth", "Satya Nadella")
                        .body("# Fairwater\n## Summary\nNvidia remains primary for training. **GB300** racks ramp in Q1."
                                + " The team discussed the OpenAI agreement and Azure spend commitment.").build(),
                note("n2").account("Oracle").title("OCI roadmap").date("2025-10-02")
                        .type("partner").source("email").tags("partner")
                        .people("Larry Ellison")
                        .body("AMD MI450 evaluation continues. Oracle mentioned Fairwater once in passing.").build(),
                note("n3").account("CoreWeave").title("Café meeting notes").date("2025-12-05")
                        .type("customer").source("meeting").tags("customer")
                        .people("Brian Venturo")
                        .body("Met at the café. They want more NVIDIA capacity and cheaper power.").build(),
                note("n4").account("Microsoft").title("MAIA update").date("2025-09-20")
                        .type("internal").source("transcript").tags("internal")
                        .people("Jeff Denworth")
                        .body("MAIA chips lagging; the spend commitment stays. Capacity planning for 2026.").build(),
                note("n5").account("OpenAI").title("Stargate sites").date(null)
                        .type("customer").source("notes").tags("customer", "sites")
                        .body("Abilene site power and capacity. No date on this note.").build());
    }

    @BeforeEach
    void openIndex() {
        index = SearchIndex.inMemory();
        index.rebuild(corpus().iterator());
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    List<String> ids(String query) {
        return index.search(query, 50).stream().map(SearchHit::noteId).toList();
    }
}
