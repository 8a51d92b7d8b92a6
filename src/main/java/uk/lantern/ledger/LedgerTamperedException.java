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
}
