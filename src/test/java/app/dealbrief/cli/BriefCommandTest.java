package app.dealbrief.cli;

import app.dealbrief.testutil.Seed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `brief` on the real seed note, through the whole app: the JSON contract of DESIGN.md section 3. */
class BriefCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path vault;

    @BeforeEach
    void importSeed() throws Exception {
        Seed.noteAsMarkdown(vault);
        assertThat(CliRun.of(data, "import", vault.toString()).code()).isZero();
    }

    @Test
    void theBriefingJsonHasExactlyTheContractFields() throws Exception {
        CliRun run = CliRun.of(data, "brief", "MICROSOFT", "--json");
        assertThat(run.code()).isZero();
        JsonNode b = JSON.readTree(run.out());
        assertThat(names(b)).containsExactly("account", "asOf", "noteCount", "summary", "signals",
                "partnershipTerms", "acceleratorMix", "pitches", "related", "actionItems", "people");
        assertThat(b.get("account").asText()).isEqualTo("Microsoft");
        assertThat(b.get("asOf").asText()).isEqualTo("2025-11-12");
        assertThat(b.get("noteCount").asInt()).isEqualTo(1);
        assertThat(b.get("summary").asText()).startsWith("Notes summarize");
        for (JsonNode t : b.get("partnershipTerms")) {
            assertThat(names(t)).containsExactly("agreement", "parties", "category", "text", "amountUsd",
                    "gigawatts", "year", "negated", "noteId", "noteDate", "copies");
            assertThat(t.get("category").asText()).isIn("exclusivity", "ip-rights", "spend-commitment",
                    "investment", "capacity", "duration", "right-of-first-refusal", "most-favored-nation",
                    "revenue-share", "other");
        }
        for (JsonNode a : b.get("acceleratorMix")) {
            assertThat(names(a)).containsExactly("vendor", "family", "role", "evidence", "noteId", "noteDate", "copies");
        }
        for (JsonNode p : b.get("pitches")) {
            assertThat(names(p)).containsExactly("headline", "rationale", "origin", "noteId");
            assertThat(p.get("origin").asText()).isIn("note", "playbook");
        }
    }

    @Test
    void aBrokenLexiconStopsTheBriefingWithItsNameButNeverTheNotes() throws Exception {
        Files.writeString(data.resolve("lexicon.json"), "{\"roles\": {\"primary\": [\"main\",");
        CliRun accounts = CliRun.of(data, "accounts");
        assertThat(accounts.code()).isZero();
        assertThat(accounts.out()).contains("Microsoft");
        assertThat(CliRun.of(data, "notes", "Microsoft").code()).isZero();

        CliRun brief = CliRun.of(data, "brief", "Microsoft");
        assertThat(brief.code()).isEqualTo(Cli.FATAL);
        assertThat(brief.err()).contains("lexicon.json", "not valid JSON");

        Files.delete(data.resolve("lexicon.json"));
        assertThat(CliRun.of(data, "brief", "Microsoft").code()).isZero();
    }

    @Test
    void theSeedGivesItsTermsChipsAndPitches() throws Exception {
        JsonNode b = JSON.readTree(CliRun.of(data, "brief", "microsoft", "--json").out());
        List<String> mix = new ArrayList<>();
        b.get("acceleratorMix").forEach(a -> mix.add(a.get("vendor").asText() + "/" + a.get("family").asText()
                + "/" + a.get("role").asText()));
        assertThat(mix).contains("NVIDIA/GPU/primary", "Microsoft/MAIA/lagging", "OpenAI/ASIC/possible");

        assertThat(b.get("partnershipTerms")).anySatisfy(t -> {
            assertThat(t.get("category").asText()).isEqualTo("spend-commitment");
            assertThat(t.get("amountUsd").asLong()).isEqualTo(250_000_000_000L);
        });
        assertThat(b.get("partnershipTerms")).anySatisfy(t -> {
            assertThat(t.get("category").asText()).isEqualTo("ip-rights");
            assertThat(t.get("year").asInt()).isEqualTo(2032);
        });
        assertThat(b.get("partnershipTerms")).anySatisfy(t -> {
            assertThat(t.get("category").asText()).isEqualTo("right-of-first-refusal");
            assertThat(t.get("negated").asBoolean()).isTrue();
        });
        int fromNote = 0;
        for (JsonNode p : b.get("pitches")) {
            fromNote += p.get("origin").asText().equals("note") ? 1 : 0;
        }
        assertThat(fromNote).isEqualTo(6);
        List<String> related = new ArrayList<>();
        b.get("related").forEach(r -> related.add(r.asText()));
        assertThat(related).containsExactly("OpenAI", "Oracle", "CoreWeave", "NVIDIA", "Fairwater");
    }

    @Test
    void absentValuesAreNullsNotMissingFields() throws Exception {
        JsonNode b = JSON.readTree(CliRun.of(data, "brief", "microsoft", "--json").out());
        JsonNode exclusivity = null;
        for (JsonNode t : b.get("partnershipTerms")) {
            if (t.get("category").asText().equals("exclusivity")) {
                exclusivity = t;
            }
        }
        assertThat(exclusivity).isNotNull();
        assertThat(exclusivity.get("amountUsd").isNull()).isTrue();
        assertThat(exclusivity.get("gigawatts").isNull()).isTrue();
        assertThat(exclusivity.get("year").isNull()).isTrue();
    }

    @Test
    void theTextBriefingReadsLikeABriefing() {
        CliRun run = CliRun.of(data, "brief", "microsoft");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Microsoft").contains("$250B").contains("MAIA");
    }

    @Test
    void theSheetIsAOnePagePdf() throws Exception {
        Path pdf = data.resolve("out").resolve("microsoft.pdf");
        CliRun run = CliRun.of(data, "sheet", "microsoft", "--out", pdf.toString(), "--paper", "a4");
        assertThat(run.code()).isZero();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Microsoft").contains("Confidential");
        }
    }

    @Test
    void searchFindsTheSeedNote() throws Exception {
        CliRun run = CliRun.of(data, "search", "right of first refusal", "--json", "--limit", "5");
        assertThat(run.code()).isZero();
        JsonNode hits = JSON.readTree(run.out());
        assertThat(hits).hasSize(1);
        assertThat(names(hits.get(0))).containsExactly("noteId", "account", "title", "date", "score", "snippet");
        assertThat(hits.get(0).get("account").asText()).isEqualTo("Microsoft");
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

}
