package uk.lantern.notification.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    @Test
    void theDelayDoublesFromOneMinuteAndStopsGrowingAtAnHour() {
        RetrySchedule schedule = new RetrySchedule(10);
        List<Duration> delays = new ArrayList<>();
        for (int failed = 1; failed < 10; failed++) {
            delays.add(schedule.delayAfter(failed).orElseThrow());
        }
        assertThat(delays).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void afterTheLastAllowedAttemptThereIsNoRetry() {
        RetrySchedule schedule = new RetrySchedule(10);
        assertThat(schedule.delayAfter(9)).isPresent();
        assertThat(schedule.delayAfter(10)).isEmpty();
        assertThat(schedule.delayAfter(11)).isEmpty();
        assertThat(new RetrySchedule(1).delayAfter(1)).isEmpty();
    }

    @Test
    void manyAllowedAttemptsNeverOverflowTheDelay() {
        RetrySchedule schedule = new RetrySchedule(1000);
        assertThat(schedule.delayAfter(64)).contains(Duration.ofHours(1));
        assertThat(schedule.delayAfter(999)).contains(Duration.ofHours(1));
    }

    @Test
    void nonsenseCountsAreRefused() {
        assertThatThrownBy(() -> new RetrySchedule(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(3).delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
