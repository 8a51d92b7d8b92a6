package uk.lantern.referral;

import java.time.Instant;

/**
 * One step in a referral's history, taken from the ledger, with the entry's place in the log (null for the moment
 * before it is placed) and its leaf hash.
 */
public record TimelineEntry(Instant at, String label, Long ledgerSequence, String ledgerHash) {
}
