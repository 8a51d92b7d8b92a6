package uk.lantern.oversight.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled rebuild leaves figures younger than the interval alone, and rebuilds older ones. */
class StatisticsRefreshIT extends IntegrationTestBase {

    @Autowired
    StatisticsRefresh refresh;

    @Test
    void theScheduleRebuildsOnlyFiguresOlderThanTheInterval() {
        refresh.refresh(LedgerActor.system("oversight-test"));
        long before = refreshes();
        refresh.onSchedule();
        assertThat(refreshes()).as("just rebuilt: left alone").isEqualTo(before);

        clock.advance(Duration.ofMinutes(16));
        try {
            refresh.onSchedule();
        } finally {
            clock.reset();
        }
        assertThat(refreshes()).as("older than 15 minutes: rebuilt").isEqualTo(before + 1);
    }

    private long refreshes() {
        return jdbc.sql("SELECT count(*) FROM oversight_refresh").query(Long.class).single();
    }
}
