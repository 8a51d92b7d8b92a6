package uk.lantern.casework;

import java.time.Instant;

/**
 * One significant event in a case's chronology, exactly as the ledger holds it.
 *
 * @param sequence the entry's place in the log, or null for the moment before the sequencer places it
 * @param hash the entry's leaf hash in the log's Merkle tree
 */
public record ChronologyEntry(Long sequence, Instant at, String actor, String agency, String event, String detail,
                              String hash) {
}
