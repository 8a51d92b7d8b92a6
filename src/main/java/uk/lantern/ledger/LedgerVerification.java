package uk.lantern.ledger;

/**
 * The outcome of walking the log.
 *
 * @param intact true when every entry, every stored tree hash and every checkpoint checked out
 * @param entriesChecked how many entries were read
 * @param firstBadSequence the first entry whose integrity cannot be established, or null when intact. For a log
 *     that disagrees with a checkpoint this is the first entry after the last checkpoint that still agrees, since a
 *     consistent rewrite can have started anywhere after it.
 * @param problem what was wrong, in words, or null when intact
 * @param sequencing how far behind admission the sequencer is, and has been; null when not measured
 */
public record LedgerVerification(boolean intact, long entriesChecked, Long firstBadSequence, String problem,
                                 LedgerSequencing sequencing) {

    public static LedgerVerification intact(long entriesChecked) {
        return new LedgerVerification(true, entriesChecked, null, null, null);
    }

    public static LedgerVerification broken(long entriesChecked, long firstBadSequence, String problem) {
        return new LedgerVerification(false, entriesChecked, firstBadSequence, problem, null);
    }

    public LedgerVerification with(LedgerSequencing measured) {
        return new LedgerVerification(intact, entriesChecked, firstBadSequence, problem, measured);
    }
}
