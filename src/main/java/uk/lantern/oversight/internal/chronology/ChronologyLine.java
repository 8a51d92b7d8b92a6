package uk.lantern.oversight.internal.chronology;

import java.time.Instant;

/**
 * One ledger entry in an inquiry chronology: every field its hash covers, so the line can be checked on its own, and
 * no payload.
 *
 * @param reference the case or referral reference of the subject, where it has one; not part of the entry
 */
record ChronologyLine(long sequence, Instant recordedAt, String actor, String agency, String action,
                      String subjectType, String subjectId, String reference, String payloadDigest,
                      String previousHash, String hash) {
}
