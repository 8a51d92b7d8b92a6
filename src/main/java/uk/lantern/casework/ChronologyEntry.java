package uk.lantern.casework;

import java.time.Instant;

/** One significant event in a case's chronology, exactly as the ledger holds it. */
public record ChronologyEntry(long sequence, Instant at, String actor, String agency, String event, String detail,
                              String hash) {
}
