package uk.lantern.web.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTimesTest {

    private final DisplayTimes when = new DisplayTimes(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"),
            ZoneOffset.UTC));

    @Test
    void aDeadlineAtMidnightIsShownAsTheLastMinuteOfTheDayItEnds() {
        // Midnight in London, in winter and in summer time.
        assertThat(when.dueBy(Instant.parse("2026-11-24T00:00:00Z"))).isEqualTo("23 Nov 2026, 23:59");
        assertThat(when.dueBy(Instant.parse("2026-06-02T23:00:00Z"))).isEqualTo("2 Jun 2026, 23:59");
        assertThat(when.format(Instant.parse("2026-11-24T00:00:00Z"))).isEqualTo("24 Nov 2026, 00:00");
    }

    @Test
    void aDateIsWrittenAsGovUkWritesOneAndAPartialDateOfBirthAsFarAsItIsKnown() {
        assertThat(when.day(java.time.LocalDate.of(2011, 5, 14))).isEqualTo("14 May 2011");
        assertThat(when.day(new uk.lantern.people.PartialDate(2011, 5, 14, false))).isEqualTo("14 May 2011");
        assertThat(when.day(new uk.lantern.people.PartialDate(2011, 10, null, false))).isEqualTo("October 2011");
        assertThat(when.day(new uk.lantern.people.PartialDate(2011, null, null, true))).isEqualTo("2011");
        assertThat(when.day("2026-02-30")).as("not a date: shown as it is").isEqualTo("2026-02-30");
        assertThat(when.day(null)).isEmpty();
    }

    @Test
    void anyOtherDeadlineIsShownAsItIs() {
        assertThat(when.dueBy(Instant.parse("2026-11-24T09:30:00Z"))).isEqualTo("24 Nov 2026, 09:30");
        assertThat(when.dueBy(null)).isEmpty();
    }

    @Test
    void anEstimatedTimeLeftIsGivenInTheLargestUnitsThatSuit() {
        assertThat(when.estimate(null)).isEqualTo("Not known yet");
        assertThat(when.estimate(0L)).isEqualTo("Less than a second");
        assertThat(when.estimate(1L)).isEqualTo("About 1 second");
        assertThat(when.estimate(59L)).isEqualTo("About 59 seconds");
        assertThat(when.estimate(61L)).as("rounded up").isEqualTo("About 2 minutes");
        assertThat(when.estimate(7_200L)).isEqualTo("About 2 hours");
        assertThat(when.estimate(7_500L)).isEqualTo("About 2 hours 5 minutes");
    }
}
