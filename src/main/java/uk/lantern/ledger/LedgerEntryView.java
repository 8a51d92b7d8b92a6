package uk.lantern.ledger;

import java.time.Instant;

/** One ledger entry as stored. */
public record LedgerEntryView(long sequence, Instant recordedAt, String actor, String agency, String action,
                              String subjectType, String subjectId, String payload, String payloadDigest,
                              String previousHash, String hash) {
}
