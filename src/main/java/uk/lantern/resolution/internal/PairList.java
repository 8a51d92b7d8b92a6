package uk.lantern.resolution.internal;

import java.util.Arrays;

/**
 * A growing list of record pairs, each packed into one long (the lower index in the high half), so that millions of
 * candidate pairs take 8 bytes each and no objects.
 */
final class PairList {

    private long[] pairs = new long[1024];
    private int size;

    static long pack(int left, int right) {
        return ((long) left << 32) | right;
    }

    static int left(long pair) {
        return (int) (pair >>> 32);
    }

    static int right(long pair) {
        return (int) pair;
    }

    void add(int left, int right) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size++] = pack(left, right);
    }

    long[] toArray() {
        return Arrays.copyOf(pairs, size);
    }
}
