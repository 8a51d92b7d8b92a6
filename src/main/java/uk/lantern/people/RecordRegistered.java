package uk.lantern.people;

import java.util.UUID;

/**
 * Published, in the registering transaction, when a child's or an adult's record is registered, so that entity
 * resolution can look for the same person in other agencies' records.
 */
public record RecordRegistered(RecordKind kind, UUID id) {
}
