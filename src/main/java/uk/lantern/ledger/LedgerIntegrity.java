package uk.lantern.ledger;

import java.util.Collection;
import java.util.Optional;

/** Verification of the chain and the signed checkpoints that anchor it. */
public interface LedgerIntegrity {

    /** Walks the whole chain and checks it against every checkpoint Lantern has issued. */
    LedgerVerification verify();

    /** Walks the whole chain and checks it against checkpoints kept outside Lantern. */
    LedgerVerification verify(Collection<Checkpoint> externalCheckpoints);

    /** Signs the current head of the chain, records that it did so, and returns the checkpoint to export. */
    Checkpoint issueCheckpoint(LedgerActor actor);

    /**
     * A checkpoint of the current head: the latest one issued if nothing has been appended since, otherwise a new
     * one issued for the actor.
     */
    Checkpoint checkpointOfHead(LedgerActor actor);

    /** The most recent checkpoint issued, if any. */
    Optional<Checkpoint> latestCheckpoint();

    /** Whether a checkpoint's signature is valid and made by this installation's key. */
    boolean isAuthentic(Checkpoint checkpoint);
}
