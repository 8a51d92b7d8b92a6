package uk.lantern.oversight.internal;

import java.time.LocalDate;
import java.util.Locale;

import uk.lantern.identity.InvalidInputException;

/** The length of the periods figures are given for: calendar months, quarters or years. */
enum PeriodGrain {
    MONTH(1), QUARTER(3), YEAR(12);

    private final int months;

    PeriodGrain(int months) {
        this.months = months;
    }

    static PeriodGrain parse(String by) {
        if (by == null || by.isBlank()) {
            return MONTH;
        }
        try {
            return valueOf(by.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("by", "must be month, quarter or year, not '" + by + "'");
        }
    }

    LocalDate startOf(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }

    LocalDate next(LocalDate start) {
        return start.plusMonths(months);
    }

    /** As in published tables: 2025-03, 2025 Q1, 2025. */
    String label(LocalDate start) {
        return switch (this) {
            case MONTH -> start.toString().substring(0, 7);
            case QUARTER -> start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** The name PostgreSQL's date_trunc uses. */
    String sqlUnit() {
        return name().toLowerCase(Locale.ROOT);
    }
}
