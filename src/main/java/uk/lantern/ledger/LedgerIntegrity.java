package uk.lantern.ledger;

import java.util.Collection;
import java.util.Optional;

/** Verification of the chain and the signed checkpoints that anchor it. */
public interface LedgerIntegrity {

    /**
     * Walks the whole chain and checks it against every checkpoint Lantern has issued, first checking each stored
     * checkpoint's signature: a stored checkpoint that is not authentic makes the ledger broken.
     */
    LedgerVerification verify();

    /** Walks the whole chain and checks it against checkpoints kept outside Lantern. */
    LedgerVerification verify(Collection<Checkpoint> externalCheckpoints);

    /** Signs the current head of the chain, records that it did so, and returns the checkpoint to export. */
    Checkpoint issueCheckpoint(LedgerActor actor);

    /**
     * A checkpoint of the current head: the latest one issued if nothing has been appended since, otherwise a new
     * one issued for the actor.
     *
     * @throws LedgerTamperedException if a stored checkpoint is not authentic
     */
    Checkpoint checkpointOfHead(LedgerActor actor);

    /** The most recent authentic checkpoint issued, if any. */
    Optional<Checkpoint> latestCheckpoint();

    /** Whether a checkpoint's signature is valid and made by this installation's current key or a retired one. */
    boolean isAuthentic(Checkpoint checkpoint);
}
