package uk.lantern.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working days in England: Monday to Friday, except bank holidays. Clock arithmetic happens in UK local time, so a
 * deadline keeps its time of day across the change to and from summer time.
 *
 * <p>The rule for adding working days: a clock that starts on a working day ends at the same time of day the given
 * number of working days later. A clock that starts on a weekend or bank holiday starts at midnight at the start
 * of the next working day.
 */
public final class WorkingDayCalendar {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final Set<LocalDate> bankHolidays;

    public WorkingDayCalendar(Set<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    public Instant addWorkingDays(Instant start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        ZonedDateTime clock = start.atZone(UK);
        if (!isWorkingDay(clock.toLocalDate())) {
            clock = nextWorkingDay(clock.toLocalDate()).atStartOfDay(UK);
        }
        LocalDate date = clock.toLocalDate();
        for (int counted = 0; counted < workingDays; counted++) {
            date = nextWorkingDay(date);
        }
        return ZonedDateTime.of(date, clock.toLocalTime(), UK).toInstant();
    }

    /** Working days from one date (exclusive) to another (inclusive); negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
