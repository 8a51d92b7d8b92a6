package uk.lantern.people;

import java.util.UUID;

/**
 * Published, in the voiding transaction, when a record is voided, so that entity resolution stops matching against
 * it.
 */
public record RecordVoided(RecordKind kind, UUID id) {
}
