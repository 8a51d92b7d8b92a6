package uk.lantern.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTest {

    /** The 2026 England and Wales bank holidays around Christmas and Easter. */
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(LocalDate.parse("2026-04-03"),
            LocalDate.parse("2026-04-06"), LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));

    private static Instant uk(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), WorkingDayCalendar.UK).toInstant();
    }

    @Test
    void oneWorkingDayFromATuesdayIsWednesdayAtTheSameTime() {
        assertThat(calendar.addWorkingDays(uk("2026-03-10T14:30"), 1)).isEqualTo(uk("2026-03-11T14:30"));
    }

    @Test
    void aFridayReferralIsDueOnMonday() {
        assertThat(calendar.addWorkingDays(uk("2026-03-13T16:00"), 1)).isEqualTo(uk("2026-03-16T16:00"));
    }

    @Test
    void aSaturdayReferralStartsItsClockOnMondayMorning() {
        assertThat(calendar.addWorkingDays(uk("2026-03-14T11:00"), 1)).isEqualTo(uk("2026-03-17T00:00"));
    }

    @Test
    void easterSkipsGoodFridayAndEasterMonday() {
        // Thursday 2 April 2026 -> Good Friday 3 April and Easter Monday 6 April are not working days.
        assertThat(calendar.addWorkingDays(uk("2026-04-02T09:00"), 1)).isEqualTo(uk("2026-04-07T09:00"));
    }

    @Test
    void christmasEveIsDueAfterTheSubstituteBoxingDay() {
        // Boxing Day 2026 is a Saturday, so Monday 28 December is the substitute bank holiday.
        assertThat(calendar.addWorkingDays(uk("2026-12-24T10:00"), 1)).isEqualTo(uk("2026-12-29T10:00"));
    }

    @Test
    void theTimeOfDayHoldsAcrossTheClocksGoingForward() {
        // British Summer Time starts on Sunday 29 March 2026.
        assertThat(calendar.addWorkingDays(uk("2026-03-27T09:00"), 1)).isEqualTo(uk("2026-03-30T09:00"));
    }

    @Test
    void fortyFiveWorkingDaysCountNineWeeksPlusHolidays() {
        // From Monday 2 March 2026, 45 working days crossing Good Friday and Easter Monday.
        assertThat(calendar.addWorkingDays(uk("2026-03-02T10:00"), 45)).isEqualTo(uk("2026-05-06T10:00"));
    }

    @Test
    void countsWorkingDaysBetweenDates() {
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-04-02"), LocalDate.parse("2026-04-07")))
                .isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-04-07"), LocalDate.parse("2026-04-02")))
                .isEqualTo(-1);
    }

    @Test
    void zeroWorkingDaysOnAWorkingDayIsNow() {
        assertThat(calendar.addWorkingDays(uk("2026-03-10T14:30"), 0)).isEqualTo(uk("2026-03-10T14:30"));
    }
}
