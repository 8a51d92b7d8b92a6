package uk.lantern.ledger;

import java.time.Instant;

/**
 * How long committed entries wait for their place in the log. An entry is admitted with its change and committed
 * with it; the sequencer places it in the Merkle tree a few hundred milliseconds after the commit.
 *
 * @param treeSize entries in the tree now
 * @param rootHash the tree's root, in hex; null for an empty tree
 * @param waitingEntries committed entries not yet placed
 * @param oldestWaitingSince when the oldest of those was admitted, or null when none waits
 * @param longestWaitMillis the longest any entry has waited from its commit to its place, over every sequencing run
 *     recorded; null before the first. Without PostgreSQL's commit timestamps ({@code track_commit_timestamp}) the
 *     wait is counted from admission, which adds the length of the entry's transaction.
 */
public record LedgerSequencing(long treeSize, String rootHash, long waitingEntries, Instant oldestWaitingSince,
                               Long longestWaitMillis) {
}
