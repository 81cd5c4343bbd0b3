package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TermCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SeedNoteTest {
    static Briefing b;

    @BeforeAll
    static void build() {
        // The real seed note, read in place and parsed as the app parses it (skipped when the folder is absent).
        java.nio.file.Path seed = app.dealbrief.testutil.Seed.note();
        String text;
        try {
            text = java.nio.file.Files.readString(seed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var note = new app.dealbrief.notes.NoteParser().parse(text, seed.toString(), null).withId("seed");
        b = new BriefingBuilder(Lexicon.bundled(), Playbook.bundled())
                .build("Microsoft", List.of(note), Set.of("Microsoft"), LocalDate.of(2026, 11, 26));
    }

    @Test
    void acceleratorMix() {
        assertThat(b.acceleratorMix()).extracting(a -> a.vendor() + "/" + a.family() + "/" + a.role().label())
                .contains("NVIDIA/GPU/primary", "Microsoft/MAIA/lagging", "OpenAI/ASIC/possible");
        AcceleratorUse nv = b.acceleratorMix().stream().filter(a -> a.vendor().equals("NVIDIA")).findFirst().orElseThrow();
        assertThat(nv.evidence()).isEqualTo("Nvidia remains primary");
    }

    @Test
    void terms() {
        PartnershipTerm spend = b.partnershipTerms().stream()
                .filter(t -> t.category() == TermCategory.SPEND_COMMITMENT).findFirst().orElseThrow();
        assertThat(spend.amountUsd()).isEqualTo(250_000_000_000L);
        assertThat(spend.text()).isEqualTo("OpenAI to purchase $250B+ of Azure services");
        assertThat(spend.agreement()).isEqualTo("Microsoft\u2013OpenAI Oct 28 agreement");
        assertThat(spend.parties()).containsExactly("Microsoft", "OpenAI");
        assertThat(b.partnershipTerms()).anyMatch(t -> t.category() == TermCategory.IP_RIGHTS && Integer.valueOf(2032).equals(t.year()));
        assertThat(b.partnershipTerms()).anyMatch(t -> t.category() == TermCategory.RIGHT_OF_FIRST_REFUSAL && t.negated());
        assertThat(b.partnershipTerms()).anyMatch(t -> t.category() == TermCategory.EXCLUSIVITY && !t.negated());
        assertThat(b.partnershipTerms()).filteredOn(t -> t.category() == TermCategory.SPEND_COMMITMENT).hasSize(1);
    }

    @Test
    void exactlyTheAgreementsTermsAndNoCapacityScramble() {
        assertThat(b.partnershipTerms()).extracting(t -> t.category().label() + "/" + t.amountUsd() + "/" + t.year() + "/" + t.negated())
                .containsExactlyInAnyOrder("spend-commitment/250000000000/null/false", "exclusivity/null/null/false",
                        "ip-rights/null/2032/false", "ip-rights/null/2030/false", "right-of-first-refusal/null/null/true",
                        "other/null/null/false");
        assertThat(b.acceleratorMix()).extracting(a -> a.vendor() + "/" + a.family() + "/" + a.role().label())
                .containsExactlyInAnyOrder("NVIDIA/GPU/primary", "Microsoft/MAIA/lagging", "OpenAI/ASIC/possible");
    }

    @Test
    void sixNotePitches() {
        List<Pitch> note = b.pitches().stream().filter(p -> p.origin() == Pitch.Origin.NOTE).toList();
        assertThat(note).hasSize(6);
        assertThat(note).anyMatch(p -> p.headline().startsWith("Bundle a Foundry-specific offer") && p.headline().contains("benchmark token/$/TB"));
        assertThat(note).anyMatch(p -> p.headline().startsWith("Fastest route to usable capacity"));
        assertThat(b.pitches()).anyMatch(p -> p.origin() == Pitch.Origin.PLAYBOOK && p.evidence().equals("accelerator-proof-storage"));
    }

    @Test
    void summaryRelatedSignals() {
        assertThat(b.summary()).startsWith("Notes summarize SemiAnalysis");
        assertThat(b.related()).containsExactly("OpenAI", "Oracle", "CoreWeave", "NVIDIA", "Fairwater");
        assertThat(b.signals()).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(b.asOf()).isEqualTo(LocalDate.of(2025, 11, 12));
    }
}
