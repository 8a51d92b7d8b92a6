package uk.lantern.notification.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a message again after a failed attempt: one minute after the first failure, then doubling (2, 4, 8 …
 * minutes) up to an hour between attempts, so that a brief mail server outage is bridged quickly and a long one is
 * not hammered. After {@code maxAttempts} failures the message is given up.
 */
record RetrySchedule(int maxAttempts) {

    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);

    RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The pause before the next attempt, or empty when {@code failedAttempts} failures mean giving up. */
    Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        // Capping the exponent first keeps the shift from overflowing however many attempts are allowed.
        int doublings = Math.min(failedAttempts - 1, 16);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
    }
}
