package uk.lantern.resolution.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import uk.lantern.resolution.PersonField;

/**
 * Records that agree exactly on every key of a rule are compared; a record lacking any key is not blocked by the
 * rule. Keys are columns of the record table, possibly derived (a name's Double Metaphone code, a postcode
 * district).
 *
 * @param name how the rule reads, for example {@code surname + dob}
 * @param fields the fields the keys are made from
 * @param keys the columns whose values must agree
 */
record BlockingRule(String name, Set<PersonField> fields, List<Function<RecordTable, ValueColumn>> keys) {

    static final long NO_KEY = Long.MIN_VALUE;

    /** Each record's blocking key: a hash of its key values, or {@link #NO_KEY}. */
    long[] keysOf(RecordTable table) {
        List<ValueColumn> columns = keys.stream().map(key -> key.apply(table)).toList();
        long[] hashes = new long[table.size()];
        for (int record = 0; record < hashes.length; record++) {
            long hash = 0x2545F4914F6CDD1DL;
            for (ValueColumn column : columns) {
                int code = column.code(record);
                if (code == ValueColumn.MISSING) {
                    hash = NO_KEY;
                    break;
                }
                hash = mix(hash * 31 + code);
            }
            hashes[record] = hash == NO_KEY ? NO_KEY : hash & Long.MAX_VALUE;
        }
        return hashes;
    }

    /** The finaliser of SplitMix64: spreads the bits so that sorting by the hash's top bits groups equal keys. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
