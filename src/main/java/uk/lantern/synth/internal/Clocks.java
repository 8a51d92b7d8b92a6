package uk.lantern.synth.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times in the bundle: events happen on English local time (working hours, evenings, weekends) and are written in
 * UTC to the minute. Working days here skip weekends but not bank holidays: the generator only needs a plausible
 * mix of prompt and late decisions, and Lantern measures its own clocks on import.
 */
final class Clocks {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Clocks() {
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MINUTES));
    }

    static Instant at(LocalDate day, LocalTime time) {
        return LocalDateTime.of(day, time).atZone(LONDON).toInstant().truncatedTo(ChronoUnit.MINUTES);
    }

    static LocalDate localDate(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static LocalDate addWorkingDays(LocalDate day, int workingDays) {
        LocalDate result = day;
        int added = 0;
        while (added < workingDays) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                added++;
            }
        }
        return result;
    }

    /** A referral decision is due by the end of the first working day after the day it arrived. */
    static Instant decisionDue(Instant receivedAt) {
        LocalDate dueDay = addWorkingDays(localDate(receivedAt), 1);
        return at(dueDay.plusDays(1), LocalTime.MIDNIGHT);
    }

    /** A time of day between two hours, in whole minutes, leaning towards the middle of the span. */
    static LocalTime timeBetween(Dice dice, LocalTime from, LocalTime to) {
        long span = ChronoUnit.MINUTES.between(from, to);
        long minutes = Math.round((dice.unit() + dice.unit()) / 2 * span);
        return from.plusMinutes(Math.min(minutes, span - 1));
    }

    /** A time of day anywhere between two hours, which may wrap past midnight (22:00 to 07:00). */
    static LocalTime anyTimeBetween(Dice dice, LocalTime from, LocalTime to) {
        long span = ChronoUnit.MINUTES.between(from, to);
        if (span <= 0) {
            span += 24 * 60;
        }
        return from.plusMinutes(dice.betweenLong(0, span - 1));
    }
}
