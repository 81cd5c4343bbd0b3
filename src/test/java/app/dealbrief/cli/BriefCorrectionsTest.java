package app.dealbrief.cli;

import app.dealbrief.domain.Correction;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.TermCategory;
import app.dealbrief.testutil.Seed;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A dismissed term is gone from `brief --json`, and the JSON keeps exactly its contract fields. */
class BriefCorrectionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path vault;

    @Test
    void aDismissedTermIsGoneFromTheJson() throws Exception {
        Seed.noteAsMarkdown(vault);
        assertThat(CliRun.of(data, "import", vault.toString()).code()).isZero();
        PartnershipTerm rofr;
        try (Workspace w = Workspaces.open(data)) {
            rofr = w.briefing("Microsoft").partnershipTerms().stream()
                    .filter(t -> t.category() == TermCategory.RIGHT_OF_FIRST_REFUSAL).findFirst().orElseThrow();
            w.correct(Correction.term(Correction.Kind.DISMISS, "Microsoft", rofr, null));
        }
        CliRun run = CliRun.of(data, "brief", "microsoft", "--json");
        assertThat(run.code()).isZero();
        JsonNode b = JSON.readTree(run.out());
        assertThat(names(b)).containsExactly("account", "asOf", "noteCount", "summary", "signals",
                "partnershipTerms", "acceleratorMix", "pitches", "related", "actionItems", "people");
        List<String> categories = new ArrayList<>();
        for (JsonNode t : b.get("partnershipTerms")) {
            assertThat(names(t)).containsExactly("agreement", "parties", "category", "text", "amountUsd",
                    "gigawatts", "year", "negated", "noteId", "noteDate", "copies");
            categories.add(t.get("category").asText());
        }
        assertThat(categories).doesNotContain("right-of-first-refusal").contains("spend-commitment");
        for (JsonNode p : b.get("pitches")) {
            assertThat(names(p)).containsExactly("headline", "rationale", "origin", "noteId");
        }
        assertThat(CliRun.of(data, "brief", "microsoft").out()).doesNotContain(rofr.text());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
