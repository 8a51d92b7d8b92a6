package uk.lantern.referral;

import java.time.Instant;

/** One step in a referral's history, taken from the ledger, with the entry's sequence and hash. */
public record TimelineEntry(Instant at, String label, long ledgerSequence, String ledgerHash) {
}
