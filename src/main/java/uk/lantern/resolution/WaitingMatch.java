package uk.lantern.resolution;

import java.time.Instant;
import java.util.UUID;

import uk.lantern.people.RecordKind;

/**
 * A pair waiting for an analyst that joins one of a person's records to a record outside the person's identity: a
 * possible duplicate, as a practitioner sees it.
 *
 * @param record the record of the person
 * @param otherRecord the record that may be the same person
 * @param requestedBy who asked the analysts to decide the pair; null when the model alone put it in the queue
 */
public record WaitingMatch(UUID matchId, RecordKind kind, UUID record, UUID otherRecord, double probability,
                           String requestedBy, Instant requestedAt) {
}
