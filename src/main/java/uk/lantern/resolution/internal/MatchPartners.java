package uk.lantern.resolution.internal;

/**
 * For each record, the records it matches (its links at or above the match weight), held as one array per table
 * with offsets, so that clustering can ask whether a record fits two people at once.
 */
final class MatchPartners {

    private final int[] start;
    private final int[] partners;

    MatchPartners(int records, long[] links) {
        start = new int[records + 1];
        for (long link : links) {
            start[PairList.left(link) + 1]++;
            start[PairList.right(link) + 1]++;
        }
        for (int record = 0; record < records; record++) {
            start[record + 1] += start[record];
        }
        partners = new int[start[records]];
        int[] filled = new int[records];
        for (long link : links) {
            int left = PairList.left(link);
            int right = PairList.right(link);
            partners[start[left] + filled[left]++] = right;
            partners[start[right] + filled[right]++] = left;
        }
    }

    /** Whether the record also matches someone who cannot be one person with its partner. */
    boolean fitsAnother(int record, int partner, PairScorer scorer) {
        for (int at = start[record]; at < start[record + 1]; at++) {
            int other = partners[at];
            if (other != partner && scorer.contradicts(partner, other)) {
                return true;
            }
        }
        return false;
    }
}
