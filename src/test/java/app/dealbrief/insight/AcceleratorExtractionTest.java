package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static app.dealbrief.insight.Briefs.chips;
import static org.assertj.core.api.Assertions.assertThat;

class AcceleratorExtractionTest {

    private static List<String> rows(String text) {
        return chips(text).stream().map(a -> a.vendor() + "/" + a.family() + "/" + a.role().label()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The bulk of training still runs on Nvidia H100 clusters.              | NVIDIA/H100/primary
            They standardized on GB200 NVL72 racks for the new region.            | NVIDIA/GB200/primary
            Anthropic is ramping Trainium2 at Project Rainier.                    | AWS/Trainium2/ramping
            The lab is testing Google TPUs for inference.                          | Google/TPU/evaluating
            A pilot of MI355X nodes started last month.                           | AMD/MI355X/evaluating
            Meta's MTIA rollout slipped to next year.                             | Meta/MTIA/lagging
            They might use Ironwood for serving.                                  | Google/Ironwood/possible
            Microsoft is bringing online its first Maia 200 racks.                | Microsoft/MAIA/ramping
            Custom silicon from OpenAI could arrive in 2026.                      | OpenAI/ASIC/possible
            AMD GPUs are a second source for inference.                           | AMD/GPU/secondary
            Blackwell deliveries were delayed by a quarter.                        | NVIDIA/Blackwell/lagging
            Groq LPUs are used for a small chat workload.                          | Groq/LPU/mentioned
            Vera Rubin systems are considered for 2027.                           | NVIDIA/Vera Rubin/possible
            The initial cluster for the lab is MI450 systems.                      | AMD/MI450/ramping
            Trainium3 racks for the lab, starting in 2027.                        | AWS/Trainium3/ramping
            Most of today's inference capacity is H200.                            | NVIDIA/H200/primary
            The Reno site runs NVIDIA H200 racks.                                 | NVIDIA/H200/primary
            Trainium2 clusters still carry most of the lab's training.            | AWS/Trainium2/primary
            A legacy fleet of A100 GPUs serves batch jobs.                        | NVIDIA/A100/secondary
            Trainium3 servers are being stood up for the lab.                     | AWS/Trainium3/ramping
            A newsletter claimed the lab will get access to Google TPUs.          | Google/TPU/possible
            """)
    void roles(String sentence, String expected) {
        assertThat(rows(sentence)).as(sentence).containsExactly(expected);
    }

    @Test
    void severalChipsInOneClauseEachGetTheirCue() {
        assertThat(rows("They are testing TPUs and ramping Trainium2 while Nvidia remains primary."))
                .containsExactlyInAnyOrder("Google/TPU/evaluating", "AWS/Trainium2/ramping", "NVIDIA/GPU/primary");
    }

    @Test
    void chipsJoinedByAndShareTheirRoleAndACountIsADeployment() {
        assertThat(rows("Colossus 2 is being filled with NVIDIA GB200 and GB300 systems."))
                .containsExactlyInAnyOrder("NVIDIA/GB200/ramping", "NVIDIA/GB300/ramping");
        assertThat(rows("The fleet today is mostly H100/H200.")).containsExactlyInAnyOrder("NVIDIA/H100/primary", "NVIDIA/H200/primary");
        assertThat(rows("About 200k NVIDIA GB300 across four sites.")).containsExactly("NVIDIA/GB300/ramping");
    }

    @Test
    void aSpecificWordBeatsAReportedHedgeForTheSameChip() {
        assertThat(rows("Maia 200 has reportedly been pushed to 2026, so MAIA is lagging.")).containsExactly("Microsoft/MAIA/lagging");
    }

    @Test
    void aChipWithNoRoleWordTakesTheSentencesModality() {
        // named in a commitment the sentence states for the account: being deployed
        assertThat(rows("Acme signed a $6 billion, five-year contract with CoreWeave, B300 and GB300 racks at two sites."))
                .containsExactlyInAnyOrder("NVIDIA/B300/ramping", "NVIDIA/GB300/ramping");
        // a sentence reporting what people say: only possible
        assertThat(rows("According to people familiar with it, the next Acme cluster uses B300 systems."))
                .containsExactly("NVIDIA/B300/possible");
        // no commitment, no report: only named
        assertThat(rows("B300 boards sit on a shelf in the Acme lab.")).containsExactly("NVIDIA/B300/mentioned");
    }

    @Test
    void aLabelsRoleWordCoversTheChipsListedAfterIt() {
        assertThat(rows("Legacy fleet: 1,200 A100 and H100 GPUs in Oregon."))
                .containsExactlyInAnyOrder("NVIDIA/A100/secondary", "NVIDIA/H100/secondary");
    }

    @Test
    void noBeforeAChipIsNonUseButAnAnswerNoIsNot() {
        assertThat(rows("There is no AMD in the Acme training program.")).isEmpty();
        assertThat(rows("No. Trainium2 is still the primary training platform.")).containsExactly("AWS/Trainium2/primary");
    }

    @Test
    void aBareVendorWithItsOwnRoleWordStaysBesideASpecificLine() {
        assertThat(rows("The Acme fleet is overwhelmingly NVIDIA, and it is now ramping B300 clusters."))
                .containsExactlyInAnyOrder("NVIDIA/GPU/primary", "NVIDIA/B300/ramping");
        // the vendor as the first word of the line's name is no statement of its own
        assertThat(rows("Inference keeps running on NVIDIA H200 racks.")).containsExactly("NVIDIA/H200/primary");
    }

    @Test
    void b300AndMi350xAreTheirOwnLines() {
        assertThat(rows("Acme is deploying B300 and MI350X nodes."))
                .containsExactlyInAnyOrder("NVIDIA/B300/ramping", "AMD/MI350X/ramping");
    }

    @Test
    void presentUseIsTheFleetAndAlsoMakesItASmallerPart() {
        assertThat(rows("Acme uses TPUs for its search ranking models.")).containsExactly("Google/TPU/primary");
        assertThat(rows("Acme also relies on Cerebras systems for a coding assistant.")).containsExactly("Cerebras/WSE/secondary");
        // a future use under a deal is a deployment, not today's fleet
        assertThat(rows("Acme will use TPUs under the new contract.")).containsExactly("Google/TPU/ramping");
        assertThat(rows("Most of the Acme cluster is H200 today.")).containsExactly("NVIDIA/H200/primary");
    }

    @Test
    void chipsNamedRightAfterTheAccountsDealAreItsDeployment() {
        assertThat(rows("Acme signed a $3 billion lease with Lambda. The halls hold B300 systems."))
                .containsExactly("NVIDIA/B300/ramping");
    }

    @Test
    void specificFamilyHidesTheBareVendor() {
        assertThat(rows("OpenAI will deploy 6 GW of AMD MI450 accelerators.")).containsExactly("AMD/MI450/ramping");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Microsoft–OpenAI agreement was renegotiated in October.",
        "Google and Meta both reported strong ad revenue.",
        "Nvidia invested in the company's latest funding round.",
        "AWS hosted the customer summit in Seattle.",
        "OpenAI hired a new CFO.",
        "Intel announced layoffs.",
        "The meeting moved to May 14 at the Redmond office.",
        "We set up joint enablement with Nvidia teams for the storage launch.",
        "Their NVIDIA BlueField DPUs offload the storage protocol.",
        "They buy DGX Cloud from Nvidia for a small research group.",
    })
    void companiesAreNotChips(String sentence) {
        assertThat(chips(sentence)).as(sentence).isEmpty();
    }

    @Test
    void newestStatementWinsAndOlderGoesToHistory() {
        var older = NoteFixture.note("Microsoft is ramping MAIA in two regions.").id("a").date("2025-06-01").build();
        var newer = NoteFixture.note("MAIA lags its schedule; Nvidia GPUs remain the main fleet.").id("b").date("2025-11-12").build();
        var b = Briefs.of("Microsoft", older, newer);
        AcceleratorUse maia = b.acceleratorMix().stream().filter(a -> a.family().equals("MAIA")).findFirst().orElseThrow();
        assertThat(maia.role().label()).isEqualTo("lagging");
        assertThat(maia.noteId()).isEqualTo("b");
        assertThat(b.acceleratorHistory()).extracting(a -> a.family() + "/" + a.role().label()).containsExactly("MAIA/ramping");
    }
}
