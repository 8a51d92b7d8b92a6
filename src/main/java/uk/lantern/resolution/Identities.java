package uk.lantern.resolution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import uk.lantern.identity.Actor;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.RecordKind;

/**
 * Resolved identities of children's and adults' records (docs/entity-resolution.md). New records are resolved
 * incrementally as they arrive; a batch run retrains the model and resolves everything again, honouring every
 * analyst decision. Analysts ({@code REVIEW_MATCHES}) work the review queue, and merge or unmerge identities; each of
 * those changes is in the ledger and reversible.
 */
public interface Identities {

    /** Retrains the model on every record of the kind and resolves them all. */
    ResolutionSummary runBatch(LedgerActor by, RecordKind kind);

    /**
     * Resolves records registered since the last run against the stored model (training one first if there is
     * none). Runs on a schedule; tests and imports call it directly.
     *
     * @return how many records it resolved; 0 when none were waiting
     */
    int resolvePending();

    /** The identity of each record given; records not yet resolved are their own identity. */
    Map<UUID, String> identityOf(RecordKind kind, Collection<UUID> records);

    /** The records of every identity of the kind that has more than one. */
    List<Set<UUID>> recordsTogether(RecordKind kind);

    /** Pairs waiting for an analyst, most likely first. */
    List<MatchView> reviewQueue(Actor analyst, RecordKind kind, int limit);

    /** Accepts (the records are one person) or rejects (they are not) a pair, with the reason. */
    MatchView decide(Actor analyst, UUID matchId, boolean accept, String reason);

    /** Merges the identities of two records by hand, as an accepted pair. */
    IdentityView merge(Actor analyst, RecordKind kind, UUID oneRecord, UUID otherRecord, String reason);

    /** Takes a record out of its identity: it is rejected against every other record there. */
    IdentityView unmerge(Actor analyst, RecordKind kind, UUID record, String reason);

    IdentityView identity(Actor analyst, RecordKind kind, String identityId);
}
