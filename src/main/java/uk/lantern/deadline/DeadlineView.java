package uk.lantern.deadline;

import java.time.Instant;
import java.util.UUID;

import uk.lantern.identity.AgencyId;

/**
 * A clock and where it stands.
 *
 * @param escalationLevel 0 not escalated, 1 with the owning team's managers, 2 with the head of service
 */
public record DeadlineView(UUID id, DeadlineKind kind, String subjectType, String subjectId, String reference,
                           AgencyId owningAgency, Instant startedAt, Instant dueAt, Instant metAt,
                           int escalationLevel, String link) {

    public boolean isOverdueAt(Instant now) {
        return metAt == null && !dueAt.isAfter(now);
    }
}
