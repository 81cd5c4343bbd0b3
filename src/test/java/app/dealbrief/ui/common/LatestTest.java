package app.dealbrief.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatestTest {
    private final Latest latest = new Latest();

    @Test
    void onlyTheNewestRequestIsTheLatest() {
        Latest.Ticket first = latest.next();
        assertThat(first.isLatest()).isTrue();
        Latest.Ticket second = latest.next();
        assertThat(first.isLatest()).isFalse();
        assertThat(second.isLatest()).isTrue();
    }

    @Test
    void cancelMakesEveryTicketStale() {
        Latest.Ticket t = latest.next();
        latest.cancel();
        assertThat(t.isLatest()).isFalse();
        assertThat(latest.next().isLatest()).isTrue();
    }

    @Test
    void twoHelpersDoNotShareRequests() {
        Latest other = new Latest();
        Latest.Ticket mine = latest.next();
        other.next();
        assertThat(mine.isLatest()).isTrue();
    }
}
