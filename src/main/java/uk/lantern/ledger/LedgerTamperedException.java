package uk.lantern.ledger;

/**
 * A checkpoint stored in Lantern is not signed by a trusted key, or was altered. Lantern will not vouch for the chain
 * by signing its head until someone has verified the ledger and found out what happened.
 */
public class LedgerTamperedException extends RuntimeException {

    public LedgerTamperedException(long sequence) {
        super("The checkpoint stored for entry " + sequence + " is not signed by a trusted key, or was altered. "
                + "Verify the ledger against checkpoints kept outside Lantern.");
    }

    /** The stored tree no longer gives the root a signed checkpoint states, so no proof from it can be vouched for. */
    public static LedgerTamperedException treeDisagreesWith(Checkpoint checkpoint) {
        return new LedgerTamperedException("The ledger's stored tree does not give the root of the checkpoint of "
                + checkpoint.sequence() + " entries signed at " + checkpoint.createdAt() + ": it was changed. "
                + "Verify the ledger against checkpoints kept outside Lantern.");
    }

    private LedgerTamperedException(String message) {
        super(message);
    }
}
