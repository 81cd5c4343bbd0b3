package app.dealbrief.workspace;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.Correction.Kind;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TermCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Corrections through the real workspace: they outlive re-import, an edit of the note, and reopening the store. */
class CorrectionsWorkspaceTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    private static final String NOTE = """
            ---
            account: Contoso
            title: Contoso capacity review
            date: 2026-11-02
            ---
            # Contoso capacity review

            ## Key Information
            - Contoso agreed to purchase $40 billion of Azure services through 2030.
            - Contoso holds exclusive rights to resell the storage tier in Europe.
            - Nvidia remains primary for training; they are evaluating AMD MI450 for inference.
            - Next step: pitch a multi-site checkpoint tier to the platform team.
            - The team meets every Tuesday.
            """;

    private Path write(String text) throws Exception {
        Path f = vault.resolve("contoso.md");
        Files.writeString(f, text);
        return f;
    }

    private static PartnershipTerm term(Briefing b, TermCategory c) {
        return b.partnershipTerms().stream().filter(t -> t.category() == c).findFirst().orElseThrow(
                () -> new AssertionError("no " + c + " term in " + b.partnershipTerms()));
    }

    @Test
    void correctionsSurviveReimportEditsOfTheNoteAndReopening() throws Exception {
        write(NOTE);
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            Briefing b = w.briefing("contoso");
            PartnershipTerm spend = term(b, TermCategory.SPEND_COMMITMENT);
            PartnershipTerm exclusive = term(b, TermCategory.EXCLUSIVITY);
            assertThat(b.acceleratorMix()).isNotEmpty();
            AcceleratorUse last = b.acceleratorMix().get(b.acceleratorMix().size() - 1);
            assertThat(b.pitches()).isNotEmpty();
            Pitch pitch = b.pitches().get(0);

            w.correct(Correction.term(Kind.DISMISS, "Contoso", exclusive, null));
            w.correct(Correction.term(Kind.EDIT, "Contoso", spend, new PartnershipTerm(spend.agreement(), spend.parties(),
                    TermCategory.SPEND_COMMITMENT, "Contoso buys $45B of Azure", 45_000_000_000L, null, 2030, false,
                    null, null, null, 0)));
            w.correct(Correction.accelerator(Kind.PIN, "Contoso", last, null));
            w.correct(Correction.pitch(Kind.ADD, "Contoso", null, new Pitch("Bring the Europe reseller deal",
                    "from the QBR", Pitch.Origin.NOTE, null, null, Pitch.Status.TO_TRY)));
            w.setPitchStatus("contoso", pitch.headline(), Pitch.Status.LANDED);
            assertCorrected(w.briefing("Contoso"), last, pitch);

            // the same file again: unchanged
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            assertCorrected(w.briefing("Contoso"), last, pitch);

            // an unrelated line changes: the note is updated and read again
            write(NOTE.replace("every Tuesday", "every Thursday at nine"));
            assertThat(w.importPaths(List.of(vault), Workspace.Progress.NONE).updated()).isEqualTo(1);
            assertCorrected(w.briefing("Contoso"), last, pitch);
        }
        try (Workspace w = Workspaces.open(data)) {
            assertCorrected(w.briefing("Contoso"), null, null);
            assertThat(w.corrections("CONTOSO")).hasSize(4);
        }
    }

    private static void assertCorrected(Briefing b, AcceleratorUse pinned, Pitch landed) {
        assertThat(b.partnershipTerms()).noneMatch(t -> t.category() == TermCategory.EXCLUSIVITY);
        PartnershipTerm spend = term(b, TermCategory.SPEND_COMMITMENT);
        assertThat(spend.text()).isEqualTo("Contoso buys $45B of Azure");
        assertThat(spend.amountUsd()).isEqualTo(45_000_000_000L);
        assertThat(spend.noteId()).as("the evidence stays linked").isNotNull();
        if (pinned != null) {
            assertThat(b.acceleratorMix().get(0).vendor()).isEqualTo(pinned.vendor());
            assertThat(b.acceleratorMix().get(0).family()).isEqualTo(pinned.family());
        }
        assertThat(b.pitches()).anySatisfy(p -> {
            assertThat(p.headline()).isEqualTo("Bring the Europe reseller deal");
            assertThat(p.noteId()).isNull();
        });
        if (landed != null) {
            assertThat(b.pitches()).filteredOn(p -> p.headline().equals(landed.headline()))
                    .extracting(Pitch::status).containsExactly(Pitch.Status.LANDED);
        } else {
            assertThat(b.pitches()).extracting(Pitch::status).contains(Pitch.Status.LANDED);
        }
    }

    @Test
    void undoBringsTheFactBack() throws Exception {
        write(NOTE);
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            PartnershipTerm exclusive = term(w.briefing("Contoso"), TermCategory.EXCLUSIVITY);
            Correction c = w.correct(Correction.term(Kind.DISMISS, "Contoso", exclusive, null));
            assertThat(w.briefing("Contoso").partnershipTerms()).doesNotContain(exclusive);
            w.undoCorrection(c.id());
            assertThat(w.briefing("Contoso").partnershipTerms()).contains(exclusive);
            assertThat(w.corrections("Contoso")).isEmpty();
        }
    }
}
