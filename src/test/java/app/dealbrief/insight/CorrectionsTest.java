package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.Correction.Kind;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TermCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionsTest {
    private static final LocalDate D = LocalDate.of(2025, 11, 12);
    private static final String S = "OpenAI to purchase $250B+ of Azure services; no right-of-first-refusal for Microsoft.";
    private static final PartnershipTerm SPEND = term(TermCategory.SPEND_COMMITMENT, "OpenAI to purchase $250B+ of Azure services", 250_000_000_000L);
    private static final PartnershipTerm ROFR = term(TermCategory.RIGHT_OF_FIRST_REFUSAL, "no right-of-first-refusal for Microsoft", null);
    private static final PartnershipTerm IP = term(TermCategory.IP_RIGHTS, "Microsoft IP rights extended to 2032", null);
    private static final AcceleratorUse NVIDIA = new AcceleratorUse("NVIDIA", "GPU", AcceleratorRole.PRIMARY, "Nvidia remains primary", "n1", D, 2);
    private static final AcceleratorUse MAIA = new AcceleratorUse("Microsoft", "MAIA", AcceleratorRole.LAGGING, "MAIA lags", "n1", D, 1);
    private static final Pitch STORAGE = new Pitch("Accelerator-proof storage", "several vendors", Pitch.Origin.PLAYBOOK, "n1", "rule", Pitch.Status.TO_TRY);
    private static final Pitch FABRIC = new Pitch("Portable data fabric", "multi-cloud", Pitch.Origin.NOTE, "n1", S, Pitch.Status.TO_TRY);

    private static PartnershipTerm term(TermCategory c, String text, Long amount) {
        return new PartnershipTerm("Microsoft–OpenAI agreement", List.of("Microsoft", "OpenAI"), c, text, amount, null,
                null, c == TermCategory.RIGHT_OF_FIRST_REFUSAL, "n1", D, S, 1);
    }

    private static Briefing briefing() {
        return new Briefing("Microsoft", D, 1, "s", List.of(), List.of(SPEND, ROFR, IP), List.of(NVIDIA, MAIA), List.of(),
                List.of(FABRIC, STORAGE), List.of(), List.of(), List.of());
    }

    private static long clock;

    private static Correction at(Correction c) {
        return new Correction(++clock, c.account(), c.kind(), c.fact(), c.sentence(), c.key1(), c.key2(), c.key3(),
                c.term(), c.accelerator(), c.pitch(), Instant.ofEpochSecond(clock));
    }

    @Test
    void noCorrectionsLeaveTheBriefingAsBuilt() {
        Briefing b = briefing();
        assertThat(Corrections.apply(b, List.of())).isSameAs(b);
    }

    @Test
    void dismissedFactsDisappear() {
        Briefing b = Corrections.apply(briefing(), List.of(
                at(Correction.term(Kind.DISMISS, "Microsoft", ROFR, null)),
                at(Correction.accelerator(Kind.DISMISS, "Microsoft", MAIA, null)),
                at(Correction.pitch(Kind.DISMISS, "Microsoft", STORAGE, null))));
        assertThat(b.partnershipTerms()).containsExactly(SPEND, IP);
        assertThat(b.acceleratorMix()).containsExactly(NVIDIA);
        assertThat(b.pitches()).containsExactly(FABRIC);
    }

    @Test
    void aCorrectionFindsItsFactInOtherSpellingAndAfterTheLexiconFilesItElsewhere() {
        Correction c = at(Correction.term(Kind.DISMISS, "Microsoft", ROFR, null));
        PartnershipTerm respelled = new PartnershipTerm(null, List.of(), TermCategory.OTHER,
                "No right of first refusal for Microsoft.", null, null, null, true, "n2", D, S + " ", 1);
        assertThat(c.targets(respelled)).as("same sentence, other category").isTrue();
        PartnershipTerm elsewhere = new PartnershipTerm(null, List.of(), TermCategory.OTHER,
                "no right-of-first-refusal for Microsoft", null, null, null, true, "n2", D, "Another sentence.", 1);
        assertThat(c.targets(elsewhere)).as("other sentence and other category: another fact").isFalse();
    }

    @Test
    void aNewerRoleInOtherWordsIsANewFactAndShows() {
        Correction c = at(Correction.accelerator(Kind.DISMISS, "Microsoft", MAIA, null));
        assertThat(c.targets(new AcceleratorUse("Microsoft", "MAIA", AcceleratorRole.LAGGING, "MAIA still lags", "n2", D, 1))).isTrue();
        assertThat(c.targets(new AcceleratorUse("Microsoft", "MAIA", AcceleratorRole.PRIMARY, "MAIA is now primary", "n2", D, 1))).isFalse();
    }

    @Test
    void pinnedFactsComeFirstAndEditedOnesShowTheUsersValues() {
        PartnershipTerm fixed = new PartnershipTerm("Microsoft–OpenAI agreement", List.of("Microsoft", "OpenAI"),
                TermCategory.IP_RIGHTS, "Microsoft IP rights to 2032", null, null, 2032, false, null, null, null, 0);
        Briefing b = Corrections.apply(briefing(), List.of(
                at(Correction.term(Kind.EDIT, "Microsoft", IP, fixed)),
                at(Correction.term(Kind.PIN, "Microsoft", IP, null)),
                at(Correction.accelerator(Kind.PIN, "Microsoft", MAIA, null)),
                at(Correction.accelerator(Kind.EDIT, "Microsoft", MAIA, new AcceleratorUse("Microsoft", "MAIA 200", AcceleratorRole.RAMPING, null, null, null, 0)))));
        PartnershipTerm first = b.partnershipTerms().get(0);
        assertThat(first.text()).isEqualTo("Microsoft IP rights to 2032");
        assertThat(first.year()).isEqualTo(2032);
        assertThat(first.noteId()).as("the evidence stays").isEqualTo("n1");
        assertThat(first.sentence()).isEqualTo(S);
        assertThat(b.partnershipTerms()).hasSize(3);
        AcceleratorUse chip = b.acceleratorMix().get(0);
        assertThat(chip.family()).isEqualTo("MAIA 200");
        assertThat(chip.role()).isEqualTo(AcceleratorRole.RAMPING);
        assertThat(chip.evidence()).isEqualTo("MAIA lags");
    }

    @Test
    void theNewestEditWins() {
        PartnershipTerm a = new PartnershipTerm(null, List.of(), TermCategory.SPEND_COMMITMENT, "first", 1L, null, null, false, null, null, null, 0);
        PartnershipTerm b = new PartnershipTerm(null, List.of(), TermCategory.SPEND_COMMITMENT, "second", 2L, null, null, false, null, null, null, 0);
        Briefing out = Corrections.apply(briefing(), List.of(at(Correction.term(Kind.EDIT, "Microsoft", SPEND, a)),
                at(Correction.term(Kind.EDIT, "Microsoft", SPEND, b))));
        assertThat(out.partnershipTerms().get(0).text()).isEqualTo("second");
    }

    @Test
    void addedFactsJoinWithNoNoteAndCanThemselvesBeCorrected() {
        PartnershipTerm mine = new PartnershipTerm("Azure renewal", List.of("Microsoft"), TermCategory.DURATION,
                "Renewal every three years", null, null, 2028, false, "ignored", D, null, 5);
        AcceleratorUse tpu = new AcceleratorUse("Google", "TPU", AcceleratorRole.EVALUATING, "heard at dinner", "x", D, 3);
        Pitch pitch = new Pitch("Offer a Fairwater pilot", "they asked", Pitch.Origin.PLAYBOOK, "x", null, Pitch.Status.USED);
        Briefing b = Corrections.apply(briefing(), List.of(
                at(Correction.term(Kind.ADD, "Microsoft", null, mine)),
                at(Correction.accelerator(Kind.ADD, "Microsoft", null, tpu)),
                at(Correction.pitch(Kind.ADD, "Microsoft", null, pitch)),
                at(Correction.term(Kind.PIN, "Microsoft", mine, null))));
        PartnershipTerm added = b.partnershipTerms().get(0);
        assertThat(added.text()).isEqualTo("Renewal every three years");
        assertThat(added.noteId()).isNull();
        assertThat(added.noteDate()).isNull();
        assertThat(b.acceleratorMix()).last().satisfies(a -> {
            assertThat(a.vendor()).isEqualTo("Google");
            assertThat(a.noteId()).isNull();
        });
        assertThat(b.pitches()).last().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(Pitch.Origin.NOTE);
            assertThat(p.noteId()).isNull();
            assertThat(p.status()).isEqualTo(Pitch.Status.TO_TRY);
        });
    }

    @Test
    void pitchesCarryTheStatusTheUserSet() {
        Briefing b = Corrections.apply(briefing(), List.of(),
                Map.of(Correction.normalise("accelerator-proof storage"), Pitch.Status.LANDED));
        assertThat(b.pitches()).extracting(Pitch::status).containsExactly(Pitch.Status.TO_TRY, Pitch.Status.LANDED);
    }

    @Test
    void playbookRulesFireAgainOnTheCorrectedFacts() {
        Playbook playbook = Playbook.bundled();
        Briefing built = new Briefing("Microsoft", D, 1, "s", List.of(), List.of(SPEND, ROFR, IP), List.of(NVIDIA, MAIA),
                List.of(), playbook.pitches(List.of(SPEND, ROFR, IP), List.of(NVIDIA, MAIA)), List.of(), List.of(), List.of());
        assertThat(built.pitches()).anyMatch(p -> p.rationale().contains("right-of-first-refusal"));
        Briefing b = Corrections.apply(built, List.of(at(Correction.term(Kind.DISMISS, "Microsoft", ROFR, null))),
                Map.of(), playbook);
        assertThat(b.pitches()).noneMatch(p -> p.rationale().contains("right-of-first-refusal"));
    }
}
