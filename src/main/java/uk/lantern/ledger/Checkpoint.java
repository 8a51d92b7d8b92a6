package uk.lantern.ledger;

import java.time.Instant;

/**
 * A signed statement that the ledger entry at {@code sequence} had {@code hash}. Kept outside Lantern, it lets a
 * later verification detect a chain that was rewritten consistently from the start.
 *
 * @param algorithm always {@value #ALGORITHM}
 * @param publicKey the Ed25519 public key, X.509 encoded, base64
 * @param signature the Ed25519 signature over {@link #signedText()}, base64
 */
public record Checkpoint(long sequence, String hash, Instant createdAt, String algorithm, String publicKey,
                         String signature) {

    public static final String ALGORITHM = "Ed25519";

    /** The exact text that is signed. */
    public String signedText() {
        return "lantern-checkpoint-v1\n" + sequence + "\n" + hash + "\n" + createdAt;
    }
}
