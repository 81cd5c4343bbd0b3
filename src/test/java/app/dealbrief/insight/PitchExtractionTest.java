package app.dealbrief.insight;

import app.dealbrief.domain.Pitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PitchExtractionTest {

    private static List<String> headlines(String text) {
        return Briefs.prose(text).pitches().stream().filter(p -> p.origin() == Pitch.Origin.NOTE)
                .map(Pitch::headline).toList();
    }

    @Test
    void labelledSemicolonList() {
        assertThat(headlines("Recommended next steps: schedule a GPU-storage benchmark with the infra team; "
                + "share the Oracle reference architecture; propose a 90-day pilot."))
                .containsExactly("Schedule a GPU-storage benchmark with the infra team",
                        "Share the Oracle reference architecture", "Propose a 90-day pilot");
    }

    @Test
    void commaListOfImperatives() {
        assertThat(headlines("Guidance: lead with checkpoint throughput, offer a co-sell with CoreWeave, and bundle support."))
                .containsExactly("Lead with checkpoint throughput", "Offer a co-sell with CoreWeave", "Bundle support");
    }

    @Test
    void andJoinedActionsStayOneIdea() {
        assertThat(headlines("Pitch: bundle a RAG starter kit and benchmark cost per query."))
                .containsExactly("Bundle a RAG starter kit and benchmark cost per query");
    }

    @Test
    void cueInsideProse() {
        assertThat(headlines("Given the Trainium ramp, we should position the platform as the shared data layer for "
                + "both GPU and Trainium clusters."))
                .containsExactly("Position the platform as the shared data layer for both GPU and Trainium clusters");
        assertThat(headlines("VAST should pitch multi-region replication to the Azure team."))
                .containsExactly("Pitch multi-region replication to the Azure team");
        assertThat(headlines("Next step is to book a workshop with the Foundry product group."))
                .containsExactly("Book a workshop with the Foundry product group");
        assertThat(headlines("Lean into the sovereign-cloud angle with the EU team."))
                .containsExactly("Lean into the sovereign-cloud angle with the EU team");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Azure Foundry is positioned as a token factory.",
        "The terms suggest more operational flexibility for both sides.",
        "GPU prices should fall next year.",
        "Microsoft's strategy: self-build, leases and neoclouds.",
        "The customer pitched their own roadmap to us.",
        "Push to make that outcome happen.",
        "Lean into it.",
        "Their proposal: bundle the archive tier with a three-year commit.",
        "Customer suggested: offer a discount on the second site.",
    })
    void notPitches(String sentence) {
        assertThat(headlines(sentence)).as(sentence).isEmpty();
    }

    @Test
    void rationaleComesFromTheNote() {
        var b = Briefs.prose("""
                ## Notes
                They are short of checkpoint bandwidth on the new Blackwell clusters.
                Guidance: pitch checkpoint bandwidth as the fastest win.
                """);
        Pitch p = b.pitches().get(0);
        assertThat(p.rationale()).contains("checkpoint bandwidth on the new Blackwell clusters");
        assertThat(p.evidence()).isEqualTo("Guidance: pitch checkpoint bandwidth as the fastest win.");
    }
}
