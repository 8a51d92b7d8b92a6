package uk.lantern.ledger.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Checkpoints as C2SP {@code tlog-checkpoint} signed notes (the format of the Go checksum database, Sigstore and
 * Certificate Transparency's static logs). The body is the origin, the tree size and the base64 root hash on lines,
 * then a {@code Timestamp:} extension line; a blank line; then one signature line
 * {@code — <key name> base64(key id || signature)}, where the key id is the first four bytes of
 * SHA-256(key name || 0x0A || 0x01 || Ed25519 public key).
 */
final class CheckpointNotes {

    private static final byte ED25519 = 0x01;
    private static final String SIGNATURE_PREFIX = "\u2014 ";
    private static final String TIMESTAMP = "Timestamp: ";

    /** What a note's body states. */
    record Body(String origin, long size, byte[] root, Instant timestamp) {
    }

    private CheckpointNotes() {
    }

    static String body(String origin, long size, byte[] root, Instant timestamp) {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n" + TIMESTAMP + timestamp
                + "\n";
    }

    static String note(String body, String keyName, PublicKey key, byte[] signature) {
        byte[] signed = ByteBuffer.allocate(4 + signature.length).put(keyId(keyName, key)).put(signature).array();
        return body + "\n" + SIGNATURE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(signed) + "\n";
    }

    /** The body of a well-formed note, or empty. */
    static Optional<Body> parse(String note) {
        int end = note.indexOf("\n\n");
        if (end < 0) {
            return Optional.empty();
        }
        String[] lines = note.substring(0, end).split("\n", -1);
        if (lines.length != 4 || !lines[3].startsWith(TIMESTAMP)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Body(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]),
                    Instant.parse(lines[3].substring(TIMESTAMP.length()))));
        } catch (DateTimeParseException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The signature in the note's signature line for this key, if there is one. */
    static Optional<byte[]> signature(String note, String keyName, PublicKey key) {
        int end = note.indexOf("\n\n");
        if (end < 0) {
            return Optional.empty();
        }
        byte[] keyId = keyId(keyName, key);
        for (String line : note.substring(end + 2).split("\n")) {
            if (!line.startsWith(SIGNATURE_PREFIX + keyName + " ")) {
                continue;
            }
            try {
                byte[] signed = Base64.getDecoder().decode(line.substring(SIGNATURE_PREFIX.length()
                        + keyName.length() + 1));
                if (signed.length > 4 && Arrays.equals(Arrays.copyOf(signed, 4), keyId)) {
                    return Optional.of(Arrays.copyOfRange(signed, 4, signed.length));
                }
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The key in the form the Go checksum database's {@code note} package reads a verifier:
     * {@code <name>+<key id, hex>+base64(0x01 || public key)}.
     */
    static String verifierKey(String keyName, PublicKey key) {
        return keyName + "+" + MerkleTree.hex(keyId(keyName, key)) + "+"
                + Base64.getEncoder().encodeToString(typedKey(key));
    }

    private static byte[] keyId(String keyName, PublicKey key) {
        MessageDigest sha256 = MerkleTree.sha256();
        sha256.update(keyName.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        return Arrays.copyOf(sha256.digest(typedKey(key)), 4);
    }

    /** 0x01 then the raw 32-byte key, the last 32 bytes of its X.509 encoding. */
    private static byte[] typedKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        byte[] typed = new byte[33];
        typed[0] = ED25519;
        System.arraycopy(encoded, encoded.length - 32, typed, 1, 32);
        return typed;
    }
}
