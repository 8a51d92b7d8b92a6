package uk.lantern.ledger;

/** A checkpoint offered for verification was not signed by one of this installation's keys, or was altered. */
public class UnauthenticCheckpointException extends RuntimeException {

    public UnauthenticCheckpointException(long sequence) {
        super("The checkpoint for entry " + sequence + " is not signed by this installation's current "
                + "or a retired key, or was altered");
    }
}
