package uk.lantern.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case note, visit or contact.
 *
 * @param withWhom who was seen or spoken with, or null for a note that names no one
 * @param seenAlone whether the child was seen alone: always answered for a visit, null when not asked
 */
public record CaseNoteView(UUID id, CaseNoteKind kind, LocalDate occurredOn, String withWhom, Boolean seenAlone,
                           String text, String recordedBy, Instant recordedAt) {
}
