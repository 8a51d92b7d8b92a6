package uk.lantern.ledger;

import java.time.Instant;

/**
 * How long committed entries wait for their place in the log. An entry is admitted when its change commits; the
 * sequencer places it in the Merkle tree a few hundred milliseconds later.
 *
 * @param treeSize entries in the tree now
 * @param rootHash the tree's root, in hex; null for an empty tree
 * @param waitingEntries committed entries not yet placed
 * @param oldestWaitingSince when the oldest of those was admitted, or null when none waits
 * @param longestWaitMillis the longest any entry has waited from admission to its place, over every sequencing run
 *     recorded; null before the first
 */
public record LedgerSequencing(long treeSize, String rootHash, long waitingEntries, Instant oldestWaitingSince,
                               Long longestWaitMillis) {
}
