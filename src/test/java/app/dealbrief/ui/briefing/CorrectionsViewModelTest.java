package app.dealbrief.ui.briefing;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TermCategory;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionsViewModelTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeWorkspace workspace = new FakeWorkspace(Path.of("x"));
    private final BriefingViewModel vm = new BriefingViewModel(workspace, workspace, new DirectBackground(), dialogs, Clock.systemUTC());

    @BeforeEach
    void load() {
        vm.load("Microsoft");
    }

    private Briefing b() {
        return vm.briefingProperty().get();
    }

    private PartnershipTerm term(TermCategory c) {
        return b().partnershipTerms().stream().filter(t -> t.category() == c).findFirst().orElseThrow();
    }

    @Test
    void dismissHidesTheTermAndUndoBringsItBack() {
        PartnershipTerm rofr = term(TermCategory.RIGHT_OF_FIRST_REFUSAL);
        vm.corrections().dismiss(rofr);
        assertThat(b().partnershipTerms()).hasSize(4).doesNotContain(rofr);
        assertThat(vm.corrections().dismissed()).hasSize(1);
        assertThat(vm.corrections().lastChangeProperty().get()).isEqualTo("Dismissed “no right-of-first-refusal for Microsoft”");
        assertThat(workspace.corrections).singleElement().extracting(Correction::kind).isEqualTo(Correction.Kind.DISMISS);

        vm.corrections().undo();
        assertThat(b().partnershipTerms()).hasSize(5).contains(rofr);
        assertThat(vm.corrections().dismissed()).isEmpty();
        assertThat(vm.corrections().undoableProperty().get()).isNull();
        assertThat(workspace.corrections).isEmpty();
    }

    @Test
    void aDismissedFactCanBeRestoredLater() {
        AcceleratorUse maia = b().acceleratorMix().get(1);
        vm.corrections().dismiss(maia);
        vm.corrections().dismiss(b().pitches().get(0));
        assertThat(b().acceleratorMix()).doesNotContain(maia);
        vm.load("OpenAI");
        vm.load("Microsoft");
        assertThat(vm.corrections().dismissed()).hasSize(2);
        vm.corrections().restore(vm.corrections().dismissed().get(0));
        assertThat(b().acceleratorMix()).contains(maia);
        assertThat(vm.corrections().dismissed()).hasSize(1);
    }

    @Test
    void editShowsTheUsersValuesAndAPinOfTheEditedTermStillFindsIt() {
        PartnershipTerm spend = term(TermCategory.SPEND_COMMITMENT);
        dialogs.formAnswer = Map.of("text", "OpenAI buys $260B of Azure", "amount", "$260B", "year", "2030");
        vm.corrections().edit(spend);
        PartnershipTerm edited = term(TermCategory.SPEND_COMMITMENT);
        assertThat(edited.text()).isEqualTo("OpenAI buys $260B of Azure");
        assertThat(edited.amountUsd()).isEqualTo(260_000_000_000L);
        assertThat(edited.year()).isEqualTo(2030);
        assertThat(edited.noteId()).isEqualTo("ms-1");
        assertThat(vm.corrections().edited(edited)).isTrue();

        vm.corrections().togglePin(edited);
        assertThat(b().partnershipTerms().get(0)).isEqualTo(edited);
        assertThat(vm.corrections().pinned(edited)).isTrue();
        vm.corrections().togglePin(edited);
        assertThat(vm.corrections().pinned(term(TermCategory.SPEND_COMMITMENT))).isFalse();

        dialogs.formAnswer = Map.of("text", "OpenAI buys $270B of Azure");
        vm.corrections().edit(term(TermCategory.SPEND_COMMITMENT));
        assertThat(b().partnershipTerms()).extracting(PartnershipTerm::text).contains("OpenAI buys $270B of Azure")
                .doesNotContain("OpenAI buys $260B of Azure", spend.text());
        assertThat(workspace.corrections).filteredOn(c -> c.kind() == Correction.Kind.EDIT)
                .allSatisfy(c -> assertThat(c.key2()).isEqualTo(spend.text()));
    }

    @Test
    void addedFactsShowWithNoNote() {
        dialogs.formAnswer = Map.of("text", "Three-year renewal", "category", "duration", "parties", "Microsoft, OpenAI");
        vm.corrections().addTerm();
        dialogs.formAnswer = Map.of("vendor", "Google", "family", "TPU", "role", "evaluating");
        vm.corrections().addAccelerator();
        dialogs.formAnswer = Map.of("headline", "Offer a Fairwater pilot", "rationale", "they asked for one");
        vm.corrections().addPitch();
        assertThat(b().partnershipTerms()).last().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Three-year renewal");
            assertThat(t.category()).isEqualTo(TermCategory.DURATION);
            assertThat(t.parties()).containsExactly("Microsoft", "OpenAI");
            assertThat(t.noteId()).isNull();
        });
        assertThat(b().acceleratorMix()).last().satisfies(a -> {
            assertThat(a.role()).isEqualTo(AcceleratorRole.EVALUATING);
            assertThat(a.noteId()).isNull();
        });
        assertThat(b().pitches()).last().extracting(Pitch::headline).isEqualTo("Offer a Fairwater pilot");
    }

    @Test
    void aFormTheUserCancelsOrFillsWronglyStoresNothing() {
        dialogs.formAnswer = null;
        vm.corrections().addTerm();
        dialogs.formAnswer = Map.of("text", "Some clause", "amount", "lots");
        vm.corrections().addTerm();
        dialogs.formAnswer = Map.of("headline", " ");
        vm.corrections().addPitch();
        assertThat(workspace.corrections).isEmpty();
        assertThat(dialogs.errors).extracting(Throwable::getMessage)
                .containsExactly("Amount \"lots\" is not a dollar figure: write e.g. 250B, 38 billion or 250000000000.",
                        "Headline is empty: write what the fact says.");
    }

    @Test
    void pitchStatusIsStoredThroughTheWorkspace() {
        Pitch p = b().pitches().get(2);
        vm.pitchStatuses().setStatus(p, Pitch.Status.USED);
        assertThat(vm.pitchStatuses().status(p)).isEqualTo(Pitch.Status.USED);
        BriefingViewModel fresh = new BriefingViewModel(workspace, workspace, new DirectBackground(), dialogs, Clock.systemUTC());
        fresh.load("microsoft");
        assertThat(fresh.briefingProperty().get().pitches().get(2).status()).isEqualTo(Pitch.Status.USED);
        assertThat(fresh.pitchStatuses().status(fresh.briefingProperty().get().pitches().get(2))).isEqualTo(Pitch.Status.USED);
    }

    @Test
    void moneyReadsAsPeopleWriteIt() {
        assertThat(FactForms.money("250000000000")).isEqualTo(250_000_000_000L);
        assertThat(FactForms.money("$250B+")).isEqualTo(250_000_000_000L);
        assertThat(FactForms.money("38 billion")).isEqualTo(38_000_000_000L);
        assertThat(FactForms.money("1.5 bn")).isEqualTo(1_500_000_000L);
        assertThat(FactForms.money("17,400 M")).isEqualTo(17_400_000_000L);
        assertThat(FactForms.money(" ")).isNull();
    }
}
