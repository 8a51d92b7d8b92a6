package uk.lantern.resolution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Retrains the model on every record of the kind and resolves them all, then writes what changed in parts, each a
     * short transaction of its own that leaves no identity half written (decision 0030).
     */
    ResolutionSummary runBatch(LedgerActor by, RecordKind kind);

    /**
     * Resolves the next chunk of records registered since the last run against the stored model, in a transaction of
     * its own (training a model first, in a batch run, if there is none or the kind has grown by half). Runs on a
     * schedule, as often as it finds records waiting; tests and imports call it directly, until it returns 0.
     *
     * @return how many records it resolved; 0 when none were waiting, or a batch run of the kind is under way
     */
    int resolvePending();

    /** How far the latest batch run of the kind on this server has gone, if one has run since the server started. */
    Optional<ResolutionRunProgress> runProgress(RecordKind kind);

    /** The identity of each record given; records not yet resolved are their own identity. */
    Map<UUID, String> identityOf(RecordKind kind, Collection<UUID> records);

    /** The records of every identity of the kind that has more than one. */
    List<Set<UUID>> recordsTogether(RecordKind kind);

    /**
     * One page of the pairs waiting for an analyst: only pairs whose two records the analyst may both see, those
     * whose decision changes most first (a suspect joined to a network, a child's records linked across agencies),
     * then the most likely. Showing the page is logged as one {@code MATCH_QUEUE_READ} naming the records shown.
     *
     * @param page from 1
     */
    ReviewQueue reviewQueue(Actor analyst, RecordKind kind, int page, int pageSize);

    /** One pair, both of whose records the analyst must be allowed to see; each record's read is logged. */
    MatchView match(Actor analyst, UUID matchId);

    /**
     * Accepts (the records are one person) or rejects (they are not) a pair, with the reason; refused unless the
     * analyst may see both records.
     */
    MatchView decide(Actor analyst, UUID matchId, boolean accept, String reason);

    /** Merges the identities of two records by hand, as an accepted pair; refused unless the analyst may see both. */
    IdentityView merge(Actor analyst, RecordKind kind, UUID oneRecord, UUID otherRecord, String reason);

    /**
     * Takes a record out of its identity: it is rejected against every other record there. Refused unless the
     * analyst may see the record and every other record of the identity, as each pair among them is decided.
     */
    IdentityView unmerge(Actor analyst, RecordKind kind, UUID record, String reason);

    /**
     * An identity as the analyst may see it: records the analyst may not see are left out and counted, and each
     * record shown is a logged read. Refused when the analyst may see none of its records.
     */
    IdentityView identity(Actor analyst, RecordKind kind, String identityId);

    /** Records of the kind whose name contains the text, as far as the analyst may see them; each shown is a read. */
    List<ResolvedRecord> search(Actor analyst, RecordKind kind, String name);

    /**
     * The records resolved as the same person as the record, the record itself included; a record not yet resolved
     * is alone. Nothing is shown or logged: the caller applies the access policy to whatever it shows.
     */
    List<UUID> sameIdentity(RecordKind kind, UUID record);

    /**
     * The pairs waiting for an analyst that join one of the records to a record outside them, most likely first.
     * Nothing is shown or logged: the caller applies the access policy to both records of each pair it shows.
     */
    List<WaitingMatch> waitingMatches(RecordKind kind, Collection<UUID> records);

    /**
     * Asks the analysts to decide whether two records are one person: the pair joins the review queue (or the
     * waiting pair is marked as asked for) with who asked and why, and a {@code MATCH_REVIEW_REQUESTED} entry goes
     * in the ledger. Any practitioner who may read both records may ask; only an analyst decides.
     *
     * @return the pair's id
     * @throws uk.lantern.identity.InvalidInputException when the records are already one person, the pair was
     *     already decided, or the reason is missing
     */
    UUID askToJoin(Actor requester, RecordKind kind, UUID record, UUID otherRecord, String reason);
}
