package uk.lantern.oversight.internal.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One published figure: a number, or a symbol in its place. Exactly one of the two is present, so an output can never
 * carry a number that disclosure control withheld.
 */
public record Cell(BigDecimal value, StatSymbol symbol) {

    public Cell {
        if ((value == null) == (symbol == null)) {
            throw new IllegalArgumentException("a cell holds either a value or a symbol");
        }
    }

    public static Cell of(long count) {
        return new Cell(BigDecimal.valueOf(count), null);
    }

    public static Cell of(BigDecimal value) {
        return new Cell(Objects.requireNonNull(value), null);
    }

    public static Cell symbol(StatSymbol symbol) {
        return new Cell(null, Objects.requireNonNull(symbol));
    }

    public boolean hasValue() {
        return value != null;
    }

    /** In JSON a figure is a number, or the symbol's code as a string: {@code 12}, {@code 4.5} or {@code "c"}. */
    @JsonValue
    public Object json() {
        return value != null ? value : symbol.code();
    }

    /** The figure as printed: the number in plain notation, or the symbol's code. */
    public String text() {
        return value != null ? value.toPlainString() : symbol.code();
    }
}
