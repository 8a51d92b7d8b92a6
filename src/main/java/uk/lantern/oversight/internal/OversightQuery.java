package uk.lantern.oversight.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import uk.lantern.area.Area;
import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;

/**
 * What a reader asked for: an area (a local authority, a police force area or England), a window of whole periods and
 * the period length. Windows are widened to whole periods, so every figure for a period is the same whichever window
 * it was asked for in.
 */
record OversightQuery(Area area, PeriodGrain grain, List<LocalDate> periods) {

    static final int MOST_PERIODS = 120;

    LocalDate from() {
        return periods.get(0);
    }

    /** The first day after the window. */
    LocalDate until() {
        return grain.next(periods.get(periods.size() - 1));
    }

    /** Where a period's figures go in every series of this query. */
    int periodIndex(LocalDate periodStart) {
        return periods.indexOf(periodStart);
    }

    boolean aggregate() {
        return area.type() != AreaType.LOCAL_AUTHORITY;
    }

    List<String> periodLabels() {
        return periods.stream().map(grain::label).toList();
    }

    /** Reads the request; the defaults are England, by month, over the twelve months to today. */
    static OversightQuery read(Areas areas, String area, String from, String to, String by, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Area chosen = areas.find(area == null || area.isBlank() ? Areas.ENGLAND : area.trim()).orElse(null);
        if (chosen == null) {
            errors.add(new FieldError("area", "is not a local authority, police force area or England code known "
                    + "to Lantern: '" + area + "'"));
        }
        PeriodGrain grain = PeriodGrain.MONTH;
        try {
            grain = PeriodGrain.parse(by);
        } catch (InvalidInputException bad) {
            errors.addAll(bad.errors());
        }
        LocalDate end = date("to", to, today, errors);
        LocalDate start = date("from", from, end.minusMonths(11).withDayOfMonth(1), errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.add(new FieldError("from", "must be on or before to (" + end + ")"));
        }
        List<LocalDate> periods = new ArrayList<>();
        if (errors.isEmpty()) {
            for (LocalDate period = grain.startOf(start); !period.isAfter(end); period = grain.next(period)) {
                periods.add(period);
            }
            if (periods.size() > MOST_PERIODS) {
                errors.add(new FieldError("from", "the window holds " + periods.size() + " periods; at most "
                        + MOST_PERIODS + " can be shown at once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new OversightQuery(chosen, grain, List.copyOf(periods));
    }

    private static LocalDate date(String field, String text, LocalDate otherwise, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            errors.add(new FieldError(field, "must be a date written as YYYY-MM-DD, not '" + text + "'"));
            return otherwise;
        }
    }
}
