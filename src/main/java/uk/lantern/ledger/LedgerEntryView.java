package uk.lantern.ledger;

import java.time.Instant;

/**
 * One ledger entry as stored.
 *
 * @param id the entry's id, given when it is admitted; ids rise with admission but may have gaps
 * @param sequence its position in the log (1 for the first), or null until the sequencer has placed it, which takes
 *     well under a second while Lantern runs
 * @param leafHash the entry's hash as a leaf of the log's Merkle tree (docs/ledger.md)
 */
public record LedgerEntryView(long id, Long sequence, Instant recordedAt, String actor, String agency, String action,
                              String subjectType, String subjectId, String payload, String payloadDigest,
                              String leafHash) {
}
