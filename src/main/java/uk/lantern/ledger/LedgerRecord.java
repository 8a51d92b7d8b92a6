package uk.lantern.ledger;

import java.util.Map;
import java.util.Objects;

/**
 * What to append to the ledger.
 *
 * @param actor who did it
 * @param action what happened, in the past tense and upper snake case, for example {@code USER_CREATED}
 * @param subjectType the kind of record it happened to, for example {@code USER}
 * @param subjectId the record's id
 * @param payload the facts worth keeping; it is stored as canonical JSON and covered by the entry's hash
 */
public record LedgerRecord(LedgerActor actor, String action, String subjectType, String subjectId,
                           Map<String, ?> payload) {

    public LedgerRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        payload = payload == null ? Map.of() : payload;
    }
}
