package uk.lantern.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Verification of the log, its signed checkpoints, and proofs against them. */
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

    /**
     * Proves that the entry at {@code sequence} is in the tree of {@code treeSize} entries.
     *
     * @throws InvalidProofRequestException when the entry or the size is not in the log
     */
    LedgerInclusionProof inclusionProof(long sequence, long treeSize);

    /**
     * Proves that the entry at {@code sequence} is in the tree of the latest checkpoint that covers it; if none does,
     * a checkpoint of the log is issued for the actor first. Nothing is issued for an entry the log does not have.
     *
     * @throws InvalidProofRequestException when the entry is not in the log
     */
    LedgerInclusionProof inclusionProofAgainstACheckpoint(long sequence, LedgerActor actor);

    /**
     * The inclusion proofs of many entries in one tree, as hex audit paths by sequence: for documents that prove
     * every line, such as an inquiry chronology.
     */
    Map<Long, List<String>> inclusionProofs(Collection<Long> sequences, long treeSize);

    /**
     * Proves that the tree of {@code toSize} entries extends the tree of {@code fromSize}.
     *
     * @throws InvalidProofRequestException when either size is not one the log has had
     */
    LedgerConsistencyProof consistencyProof(long fromSize, long toSize);

    /** The current signing key as a C2SP signed-note verifier key ({@code name+keyid+base64key}). */
    String verifierKey();
}
