package uk.lantern.deadline;

import java.time.Instant;
import java.util.Objects;

import uk.lantern.identity.AgencyId;

/**
 * A clock to start.
 *
 * @param subjectType the kind of record the clock runs on, for example {@code REFERRAL}
 * @param subjectId the record's id
 * @param reference the record's human reference, for lists and notifications
 * @param owningAgency the team whose managers receive the escalation
 * @param link the page where the item is worked, for notifications
 */
public record NewDeadline(DeadlineKind kind, String subjectType, String subjectId, String reference,
                          AgencyId owningAgency, Instant startedAt, Instant dueAt, String link) {

    public NewDeadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(owningAgency, "owningAgency");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
