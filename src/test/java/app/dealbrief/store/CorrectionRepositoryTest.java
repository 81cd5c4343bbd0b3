package app.dealbrief.store;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.Correction.Kind;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TermCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionRepositoryTest {
    @TempDir
    Path dir;

    private static final PartnershipTerm SPEND = new PartnershipTerm("Microsoft–OpenAI agreement",
            List.of("Microsoft", "OpenAI"), TermCategory.SPEND_COMMITMENT, "OpenAI to purchase $250B+ of Azure services",
            250_000_000_000L, null, null, false, "n1", LocalDate.of(2025, 11, 12), "OpenAI to purchase $250B+ of Azure services.", 1);

    @Test
    void correctionsAndStatusesSurviveReopeningTheStore() {
        Instant at = Instant.parse("2026-11-26T10:00:00Z");
        PartnershipTerm edited = new PartnershipTerm("Azure deal", List.of("Microsoft", "OpenAI"), TermCategory.SPEND_COMMITMENT,
                "OpenAI to buy $250B of Azure", 250_000_000_000L, 1.5, 2032, true, null, null, null, 0);
        AcceleratorUse tpu = new AcceleratorUse("Google", "TPU", AcceleratorRole.EVALUATING, "said at dinner", null, null, 0);
        Pitch pitch = new Pitch("Offer a pilot", "they asked", Pitch.Origin.NOTE, null, null, Pitch.Status.TO_TRY);
        long dismissId;
        try (Database db = Database.open(dir)) {
            CorrectionRepository repo = new CorrectionRepository(db);
            Correction d = repo.add(withTime(Correction.term(Kind.DISMISS, "Microsoft", SPEND, null), at));
            dismissId = d.id();
            assertThat(dismissId).isPositive();
            repo.add(withTime(Correction.term(Kind.EDIT, "Microsoft", SPEND, edited), at));
            repo.add(withTime(Correction.accelerator(Kind.ADD, "Microsoft", null, tpu), at));
            repo.add(withTime(Correction.pitch(Kind.ADD, "Microsoft", null, pitch), at));
            repo.add(withTime(Correction.pitch(Kind.PIN, "OpenAI", pitch, null), at));
            repo.setPitchStatus("Microsoft", "Accelerator-proof storage", Pitch.Status.USED);
            repo.setPitchStatus("microsoft", "accelerator-proof  storage!", Pitch.Status.LANDED);
        }
        try (Database db = Database.open(dir)) {
            CorrectionRepository repo = new CorrectionRepository(db);
            List<Correction> all = repo.of("MICROSOFT");
            assertThat(all).extracting(Correction::kind).containsExactly(Kind.DISMISS, Kind.EDIT, Kind.ADD, Kind.ADD);
            Correction dismiss = all.get(0);
            assertThat(dismiss.key1()).isEqualTo("spend-commitment");
            assertThat(dismiss.key2()).isEqualTo(SPEND.text());
            assertThat(dismiss.sentence()).isEqualTo(SPEND.sentence());
            assertThat(dismiss.createdAt()).isEqualTo(at);
            assertThat(dismiss.targets(SPEND)).isTrue();
            assertThat(all.get(1).term()).isEqualTo(edited);
            assertThat(all.get(2).accelerator()).isEqualTo(tpu);
            assertThat(all.get(3).pitch()).isEqualTo(pitch);
            assertThat(repo.pitchStatuses("Microsoft")).containsExactly(
                    java.util.Map.entry("accelerator proof storage", Pitch.Status.LANDED));

            assertThat(repo.remove(dismissId)).isEqualTo("Microsoft");
            assertThat(repo.remove(dismissId)).isNull();
            assertThat(repo.of("Microsoft")).hasSize(3);
            assertThat(repo.of("OpenAI")).hasSize(1);
        }
    }

    private static Correction withTime(Correction c, Instant at) {
        return new Correction(0, c.account(), c.kind(), c.fact(), c.sentence(), c.key1(), c.key2(), c.key3(),
                c.term(), c.accelerator(), c.pitch(), at.truncatedTo(ChronoUnit.MILLIS));
    }
}
