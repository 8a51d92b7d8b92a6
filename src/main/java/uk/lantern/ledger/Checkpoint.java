package uk.lantern.ledger;

import java.time.Instant;

/**
 * A signed statement of the log at one moment. Kept outside Lantern, it lets a later verification detect a log that
 * was rewritten, and anyone holding two of them can ask for a proof that the later extends the earlier.
 *
 * <p>Checkpoints issued since the ledger became a Merkle tree carry a {@code note}: a C2SP {@code tlog-checkpoint}
 * signed note, whose body names the log (its origin), the tree size and the root hash. Then {@code sequence} is the
 * tree size (the log's entries 1 to {@code sequence}) and {@code hash} the root, in hex. Earlier checkpoints have no
 * note: they state that the hash chain's entry {@code sequence} had {@code hash}, and stay verifiable.
 *
 * @param algorithm always {@value #ALGORITHM}
 * @param publicKey the Ed25519 public key, X.509 encoded, base64
 * @param signature the Ed25519 signature over {@link #signedText()}, base64
 * @param note the signed note, exactly as signed, or null for a checkpoint of the hash chain
 */
public record Checkpoint(long sequence, String hash, Instant createdAt, String algorithm, String publicKey,
                         String signature, String note) {

    public static final String ALGORITHM = "Ed25519";

    /** A checkpoint of the hash chain, as issued before the ledger became a Merkle tree. */
    public static Checkpoint ofChain(long sequence, String hash, Instant createdAt, String publicKey,
                                     String signature) {
        return new Checkpoint(sequence, hash, createdAt, ALGORITHM, publicKey, signature, null);
    }

    /** Whether this is a signed tree head (a note) rather than a checkpoint of the old hash chain. */
    public boolean ofTree() {
        return note != null;
    }

    /**
     * The exact text that is signed: for a tree head, the note's body (everything before the blank line that ends
     * it); for a checkpoint of the chain, {@code lantern-checkpoint-v1}, the sequence, hash and time on lines.
     */
    public String signedText() {
        if (ofTree()) {
            int end = note.indexOf("\n\n");
            return end < 0 ? note : note.substring(0, end + 1);
        }
        return "lantern-checkpoint-v1\n" + sequence + "\n" + hash + "\n" + createdAt;
    }
}
