package app.dealbrief.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import app.dealbrief.domain.TermCategory;

class FmtTest {
    @Test
    void moneyReadsLikePeopleSayIt() {
        assertThat(Fmt.money(250_000_000_000L)).isEqualTo("$250B");
        assertThat(Fmt.money(1_500_000_000_000L)).isEqualTo("$1.5T");
        assertThat(Fmt.money(13_750_000_000L)).isEqualTo("$13.8B");
        assertThat(Fmt.money(300_000_000L)).isEqualTo("$300M");
        assertThat(Fmt.money(40_000L)).isEqualTo("$40K");
        assertThat(Fmt.money(900L)).isEqualTo("$900");
        assertThat(Fmt.money(null)).isEmpty();
    }

    @Test
    void gigawattsAndDates() {
        assertThat(Fmt.gigawatts(2.0)).isEqualTo("2 GW");
        assertThat(Fmt.gigawatts(1.25)).isEqualTo("1.3 GW");
        assertThat(Fmt.gigawatts(0.3)).isEqualTo("300 MW");
        assertThat(Fmt.date(LocalDate.of(2025, 11, 2))).isEqualTo("2 Nov 2025");
        assertThat(Fmt.date(null)).isEqualTo("—");
        assertThat(Fmt.category(TermCategory.RIGHT_OF_FIRST_REFUSAL)).isEqualTo("First refusal");
        assertThat(Fmt.category(TermCategory.EXCLUSIVITY)).isEqualTo("Exclusivity");
    }
}
