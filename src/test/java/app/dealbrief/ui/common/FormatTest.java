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
        assertThat(Format.gigawatts(0.3)).isEqualTo("0.3 GW");
    }

    @Test
    void staleness() {
        LocalDate d = LocalDate.of(2025, 11, 12);
        assertThat(Format.staleness(d, d)).isEqualTo("newest note from today");
        assertThat(Format.staleness(d, d.plusDays(1))).isEqualTo("newest note 1 day old");
        assertThat(Format.staleness(null, d)).isEqualTo("no dated notes");
    }
}
