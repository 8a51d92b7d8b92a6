package uk.lantern.web.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Formats instants for pages in UK time, as {@code ${@when.format(instant)}} in templates. */
@Component("when")
public class DisplayTimes {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Clock clock;

    DisplayTimes(Clock clock) {
        this.clock = clock;
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /**
     * A calendar date as GOV.UK writes one ("14 May 2011"), from any value written in ISO form: a date, or a partial
     * date of birth known only to the month ("May 2011") or the year ("2011"). Anything else is shown as it is.
     */
    public String day(Object date) {
        if (date == null) {
            return "";
        }
        String text = date.toString();
        try {
            return switch (text.length()) {
                case 10 -> DAY.format(LocalDate.parse(text));
                case 7 -> MONTH.format(YearMonth.parse(text));
                case 4 -> String.valueOf(Year.parse(text).getValue());
                default -> text;
            };
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }

    /**
     * A deadline, for "due by" text. Deadlines measured in working days end at midnight, which reads as the start of
     * the next day ("24 Nov 2026, 00:00"), so a deadline at midnight is shown as the last minute of the day it ends
     * ("23 Nov 2026, 23:59").
     */
    public String dueBy(Instant due) {
        if (due == null) {
            return "";
        }
        ZonedDateTime local = due.atZone(UK);
        return FORMAT.format(local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.minusMinutes(1) : local);
    }

    /** How long is left before a deadline, or how long it has been overdue, in words. */
    public String timeLeft(Instant due) {
        if (due == null) {
            return "";
        }
        java.time.Duration left = java.time.Duration.between(clock.instant(), due);
        String amount = amount(left.abs());
        return left.isNegative() ? "Overdue by " + amount : amount + " left";
    }

    private static String amount(java.time.Duration duration) {
        if (duration.toDays() >= 2) {
            return duration.toDays() + " days";
        }
        if (duration.toHours() >= 1) {
            return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
        }
        return Math.max(1, duration.toMinutes()) + " minutes";
    }

    /** An estimated time still to go, such as a running import's, in words: "About 3 minutes", or "Not known yet". */
    public String estimate(Long seconds) {
        if (seconds == null) {
            return "Not known yet";
        }
        if (seconds < 1) {
            return "Less than a second";
        }
        if (seconds < 60) {
            return "About " + count(seconds, "second");
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return "About " + count(minutes, "minute");
        }
        return "About " + count(minutes / 60, "hour") + (minutes % 60 == 0 ? "" : " " + count(minutes % 60, "minute"));
    }

    private static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }

    public boolean isPast(Instant instant) {
        return instant != null && !instant.isAfter(clock.instant());
    }
}
