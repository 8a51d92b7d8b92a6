package uk.lantern.resolution;

import java.util.Objects;

/** Two record ids, in a fixed order so that (a, b) and (b, a) are the same pair. */
public record RecordPair(String first, String second) {

    public RecordPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("A pair needs two different records: " + first);
        }
        if (first.compareTo(second) > 0) {
            String swap = first;
            first = second;
            second = swap;
        }
    }

    public static RecordPair of(String one, String other) {
        return new RecordPair(one, other);
    }
}
