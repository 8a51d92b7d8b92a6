package uk.lantern.resolution.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The pairs that blocking puts forward for scoring. Each rule's blocks are found by sorting the records by a hash of
 * their key (no map of blocks is built), and a pair that an earlier rule already blocks is left to that rule, so
 * every candidate pair comes out exactly once without a set of seen pairs.
 */
final class CandidatePairs {

    /** Records are packed into the low bits of a sortable long beside their key's hash: up to 16.7 million. */
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /**
     * A block larger than this (thousands of records sharing a common name and a common date, say) would cost
     * millions of comparisons while telling little; its pairs are left to the other rules.
     */
    static final int LARGEST_BLOCK = 1_000;
    /**
     * A rule whose blocks would give more pairs than the larger of these is not used at all. Rules on one field
     * alone (a date of birth, a town) catch pairs with errors in several fields and are cheap on tens of thousands of
     * records, but on a million records they would give tens of millions of pairs that add almost nothing.
     */
    static final int MOST_PAIRS_PER_RECORD = 10;
    static final long MOST_PAIRS_ANY_RUN = 5_000_000;

    private CandidatePairs() {
    }

    /** Every candidate pair of the table, as {@link PairList} longs with the lower index first. */
    static long[] all(RecordTable table, List<BlockingRule> rules) {
        return involving(table, rules, 0);
    }

    /**
     * The candidate pairs in which at least one record is at or after {@code firstNew}: an incremental run compares
     * new records with each other and with the existing ones, never existing records with each other again.
     */
    static long[] involving(RecordTable table, List<BlockingRule> rules, int firstNew) {
        if (table.size() > INDEX_MASK) {
            throw new IllegalArgumentException("At most " + INDEX_MASK + " records can be resolved in one run");
        }
        long[][] keys = rules.parallelStream().map(rule -> rule.keysOf(table)).toArray(long[][]::new);
        long[][] blocks = IntStream.range(0, rules.size()).parallel()
                .mapToObj(rule -> blocksOf(keys[rule]))
                .toArray(long[][]::new);
        long[][] perRule = IntStream.range(0, rules.size()).parallel()
                .mapToObj(rule -> pairsOfRule(keys, blocks[rule], rule, firstNew))
                .toArray(long[][]::new);
        return Arrays.stream(perRule).flatMapToLong(Arrays::stream).toArray();
    }

    /**
     * The records a rule blocks, sorted so that each block is a run of equal key hashes. Records in a block that is
     * too large are taken out, and their key is cleared so that later rules do not leave the pairs to this one.
     */
    private static long[] blocksOf(long[] ruleKeys) {
        long[] sorted = new long[ruleKeys.length];
        int blocked = 0;
        for (int record = 0; record < ruleKeys.length; record++) {
            if (ruleKeys[record] != BlockingRule.NO_KEY) {
                sorted[blocked++] = (ruleKeys[record] & ~INDEX_MASK) | record;
            }
        }
        Arrays.sort(sorted, 0, blocked);
        int kept = 0;
        long pairs = 0;
        for (int start = 0, end; start < blocked; start = end) {
            end = endOfBlock(sorted, start, blocked);
            if (end - start <= LARGEST_BLOCK) {
                System.arraycopy(sorted, start, sorted, kept, end - start);
                kept += end - start;
                pairs += (long) (end - start) * (end - start - 1) / 2;
            } else {
                clearKeys(ruleKeys, sorted, start, end);
            }
        }
        if (pairs > Math.max(MOST_PAIRS_ANY_RUN, (long) MOST_PAIRS_PER_RECORD * ruleKeys.length)) {
            clearKeys(ruleKeys, sorted, 0, kept);
            return new long[0];
        }
        return Arrays.copyOf(sorted, kept);
    }

    private static void clearKeys(long[] ruleKeys, long[] sorted, int start, int end) {
        for (int member = start; member < end; member++) {
            ruleKeys[(int) (sorted[member] & INDEX_MASK)] = BlockingRule.NO_KEY;
        }
    }

    private static int endOfBlock(long[] sorted, int start, int limit) {
        int end = start + 1;
        while (end < limit && (sorted[end] & ~INDEX_MASK) == (sorted[start] & ~INDEX_MASK)) {
            end++;
        }
        return end;
    }

    private static long[] pairsOfRule(long[][] keys, long[] blocks, int rule, int firstNew) {
        PairList pairs = new PairList();
        for (int start = 0, end; start < blocks.length; start = end) {
            end = endOfBlock(blocks, start, blocks.length);
            addBlock(keys, rule, firstNew, blocks, start, end, pairs);
        }
        return pairs.toArray();
    }

    private static void addBlock(long[][] keys, int rule, int firstNew, long[] sorted, int start, int end,
            PairList pairs) {
        for (int b = start + 1; b < end; b++) {
            int right = (int) (sorted[b] & INDEX_MASK);
            if (right < firstNew) {
                continue;
            }
            for (int a = start; a < b; a++) {
                int left = (int) (sorted[a] & INDEX_MASK);
                if (keys[rule][left] == keys[rule][right] && !blockedByEarlierRule(keys, rule, left, right)) {
                    pairs.add(left, right);
                }
            }
        }
    }

    private static boolean blockedByEarlierRule(long[][] keys, int rule, int left, int right) {
        for (int earlier = 0; earlier < rule; earlier++) {
            long key = keys[earlier][left];
            if (key != BlockingRule.NO_KEY && key == keys[earlier][right]) {
                return true;
            }
        }
        return false;
    }
}
