package uk.lantern.interchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.lantern.interchange.ImportProgress;

import static org.assertj.core.api.Assertions.assertThat;

class RunningImportsTest {

    /** A clock that stands still until the test moves it. */
    private static final class SteppedClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void step(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SteppedClock clock = new SteppedClock();
    private final RunningImports running = new RunningImports(clock);

    @Test
    void aPhaseReportsRecordsDoneItsRateAndTheTimeLeft() {
        UUID id = UUID.randomUUID();
        try (RunningImports.Tracker tracker = running.start(id, "nightly.jsonl")) {
            tracker.phase("CHECKING", 1_000);
            clock.step(Duration.ofSeconds(1));
            for (int i = 0; i < 1_000; i++) {
                tracker.advance();
            }
            tracker.phase("STORING", 1_000);
            for (int i = 0; i < 250; i++) {
                tracker.advance();
            }
            clock.step(Duration.ofSeconds(10));

            ImportProgress progress = running.all().get(0);
            assertThat(progress.importId()).isEqualTo(id);
            assertThat(progress.phase()).as("a new phase counts from zero").isEqualTo("STORING");
            assertThat(progress.done()).isEqualTo(250);
            assertThat(progress.total()).isEqualTo(1_000);
            assertThat(progress.recordsPerSecond()).isEqualTo(25);
            assertThat(progress.secondsLeft()).isEqualTo(30);
            assertThat(progress.describe())
                    .isEqualTo("Storing nightly.jsonl: 250 of 1000 records (25%), 25 records/s, about 30 s left");
        }
        assertThat(running.all()).as("an ended import is no longer running").isEmpty();
    }

    @Test
    void theTimeLeftIsNotGuessedBeforeAnyRecordIsDone() {
        try (RunningImports.Tracker tracker = running.start(UUID.randomUUID(), "empty-so-far.jsonl")) {
            tracker.phase("STORING", 500);
            clock.step(Duration.ofSeconds(2));
            ImportProgress progress = running.all().get(0);
            assertThat(progress.recordsPerSecond()).isZero();
            assertThat(progress.secondsLeft()).isNull();
            assertThat(progress.describe()).endsWith("time left not known yet");
        }
    }
}
