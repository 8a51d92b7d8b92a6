package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One field of every record, normalised and dictionary-encoded: each record holds an int code for its value (or
 * {@link #MISSING}), so that comparing two records' values starts with comparing two ints, and anything worked out
 * about a value (its phonetic codes, its postcode sector) is worked out once per distinct value.
 */
final class ValueColumn {

    static final int MISSING = -1;

    private final int[] codes;
    private final String[] values;
    private final int[] counts;

    private ValueColumn(int[] codes, String[] values, int[] counts) {
        this.codes = codes;
        this.values = values;
        this.counts = counts;
    }

    static ValueColumn of(List<String> rawValues, Function<String, String> normaliser) {
        int[] codes = new int[rawValues.size()];
        // Raw values repeat far more often than not, so each distinct raw value is normalised only once.
        Map<String, Integer> codeOfRaw = new HashMap<>();
        Map<String, Integer> dictionary = new HashMap<>();
        List<String> values = new ArrayList<>();
        for (int record = 0; record < codes.length; record++) {
            String raw = rawValues.get(record);
            int code = raw == null ? MISSING : codeOfRaw.computeIfAbsent(raw, unseen -> {
                String value = normaliser.apply(unseen);
                if (value == null) {
                    return MISSING;
                }
                return dictionary.computeIfAbsent(value, newValue -> {
                    values.add(newValue);
                    return values.size() - 1;
                });
            });
            codes[record] = code;
        }
        int[] counts = new int[values.size()];
        for (int code : codes) {
            if (code != MISSING) {
                counts[code]++;
            }
        }
        return new ValueColumn(codes, values.toArray(String[]::new), counts);
    }

    /** A column derived from this one value by value, for example postcode districts from postcodes. */
    ValueColumn derive(Function<String, String> derivation) {
        String[] derived = new String[values.length];
        for (int code = 0; code < values.length; code++) {
            derived[code] = derivation.apply(values[code]);
        }
        List<String> perRecord = new ArrayList<>(codes.length);
        for (int code : codes) {
            perRecord.add(code == MISSING ? null : derived[code]);
        }
        return of(perRecord, Function.identity());
    }

    int size() {
        return codes.length;
    }

    int code(int record) {
        return codes[record];
    }

    boolean has(int record) {
        return codes[record] != MISSING;
    }

    String value(int record) {
        int code = codes[record];
        return code == MISSING ? null : values[code];
    }

    int distinctValues() {
        return values.length;
    }

    String valueOfCode(int code) {
        return values[code];
    }

    int countOfCode(int code) {
        return counts[code];
    }

    /** How many records have a value. */
    long present() {
        long present = 0;
        for (int count : counts) {
            present += count;
        }
        return present;
    }
}
