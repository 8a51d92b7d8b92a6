package uk.lantern.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** The first and last date something was seen, both inclusive. */
public record DateSpan(LocalDate first, LocalDate last) {

    public DateSpan {
        if (first == null || last == null) {
            throw new IllegalArgumentException("date span: first and last dates are required");
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date span: last date " + last + " is before first date " + first);
        }
    }

    public static DateSpan on(LocalDate date) {
        return new DateSpan(date, date);
    }

    /** The span covering all the evidence, or empty when there is none. */
    public static Optional<DateSpan> of(Collection<Evidence> evidence) {
        return evidence.stream().map(Evidence::seen).reduce(DateSpan::union);
    }

    public DateSpan union(DateSpan other) {
        return new DateSpan(first.isBefore(other.first) ? first : other.first,
                last.isAfter(other.last) ? last : other.last);
    }

    public boolean overlaps(DateSpan other) {
        return !first.isAfter(other.last) && !last.isBefore(other.first);
    }
}
