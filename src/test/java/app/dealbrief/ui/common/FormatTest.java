package app.dealbrief.ui.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FormatTest {
    @Test
    void moneyReadsLikeANewsHeadline() {
        assertThat(Format.money(250_000_000_000L)).isEqualTo("$250B");
        assertThat(Format.money(17_400_000_000L)).isEqualTo("$17.4B");
        assertThat(Format.money(300_000_000L)).isEqualTo("$300M");
        assertThat(Format.money(1_500_000_000_000L)).isEqualTo("$1.5T");
        assertThat(Format.money(null)).isEmpty();
        assertThat(Format.money(-250_000_000_000L)).isEqualTo("-$250B");
        assertThat(Format.gigawatts(0.5)).isEqualTo("500 MW");
        assertThat(Format.gigawatts(1.25)).isEqualTo("1.3 GW");
    }

    @Test
    void theScreenReadsFiguresAsTheSheetPrintsThem() {
        for (Long usd : new Long[] {null, 0L, 900L, -900L, 40_000L, 13_750_000_000L, -250_000_000_000L, 1_500_000_000_000L}) {
            assertThat(Format.money(usd)).isEqualTo(app.dealbrief.domain.Figures.money(usd));
        }
        for (Double gw : new Double[] {null, 0.3, 0.5, 1.0, 2.0, 1.25}) {
            assertThat(Format.gigawatts(gw)).isEqualTo(app.dealbrief.domain.Figures.gigawatts(gw));
        }
    }

    @Test
    void staleness() {
        LocalDate d = LocalDate.of(2025, 11, 12);
        assertThat(Format.staleness(d, d)).isEqualTo("newest note from today");
        assertThat(Format.staleness(d, d.plusDays(1))).isEqualTo("newest note 1 day old");
        assertThat(Format.staleness(null, d)).isEqualTo("no dated notes");
    }
}
