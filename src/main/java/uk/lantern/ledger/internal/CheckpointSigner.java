package uk.lantern.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.LedgerProperties;
import uk.lantern.runtime.RunMode;
import uk.lantern.runtime.RuntimeProperties;

/**
 * Signs checkpoints with this installation's current Ed25519 key, and checks them against the current key and every
 * retired one. Trusted keys come only from files the operator configures, never from the database, so someone who
 * can write to the database cannot make a forged checkpoint pass.
 */
@Component
class CheckpointSigner {

    static final String GENERATED_KEY_FILE = "ledger-signing-key.pem";
    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final KeyPair keys;
    private final String origin;
    private final String publicKeyText;
    /** The current key and the retired ones, by their base64 X.509 text as a checkpoint carries it. */
    private final Map<String, PublicKey> trustedKeys = new LinkedHashMap<>();
    /**
     * Checkpoints whose signatures have been found valid. The JDK's Ed25519 takes about a millisecond a check, and
     * every verification checks every stored checkpoint; a checkpoint is a value, so an altered row is not found
     * here and is checked afresh.
     */
    private final Set<Checkpoint> verified = ConcurrentHashMap.newKeySet();

    CheckpointSigner(LedgerProperties ledgerProperties, RuntimeProperties runtimeProperties, RunMode runMode) {
        this.keys = loadOrGenerate(ledgerProperties, runtimeProperties, runMode);
        this.origin = ledgerProperties.origin();
        this.publicKeyText = text(keys.getPublic());
        trustedKeys.put(publicKeyText, keys.getPublic());
        for (Path retired : ledgerProperties.retiredPublicKeyFiles()) {
            try {
                PublicKey key = SigningKeys.readPublicKey(retired);
                trustedKeys.put(text(key), key);
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot read the retired public key " + retired, unreadable);
            }
        }
    }

    private static String text(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static KeyPair loadOrGenerate(LedgerProperties ledger, RuntimeProperties runtime, RunMode runMode) {
        try {
            if (ledger.signingKeyFile() != null) {
                return SigningKeys.read(ledger.signingKeyFile());
            }
            if (!runMode.embeddedDatabase()) {
                throw new IllegalStateException("lantern.ledger.signing-key-file is required with an external "
                        + "database. See docs/ledger.md for how to create one with openssl.");
            }
            Path generated = runtime.dataDir().resolve(GENERATED_KEY_FILE);
            if (Files.exists(generated)) {
                return SigningKeys.read(generated);
            }
            KeyPair keys = SigningKeys.generate();
            SigningKeys.write(keys, generated);
            log.info("Generated a checkpoint signing key in {}", generated.toAbsolutePath());
            return keys;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read or write the checkpoint signing key", unreadable);
        }
    }

    /** Signs a tree head as a C2SP checkpoint note. */
    Checkpoint signTree(long size, byte[] root, Instant createdAt) {
        String body = CheckpointNotes.body(origin, size, root, createdAt);
        byte[] signature = ed25519(body);
        return new Checkpoint(size, MerkleTree.hex(root), createdAt, Checkpoint.ALGORITHM, publicKeyText,
                Base64.getEncoder().encodeToString(signature),
                CheckpointNotes.note(body, origin, keys.getPublic(), signature));
    }

    /** Signs a checkpoint of the old hash chain; only tests make these now, to stand for ones issued before. */
    Checkpoint signChain(long sequence, String hash, Instant createdAt) {
        Checkpoint unsigned = Checkpoint.ofChain(sequence, hash, createdAt, publicKeyText, null);
        return Checkpoint.ofChain(sequence, hash, createdAt, publicKeyText,
                Base64.getEncoder().encodeToString(ed25519(unsigned.signedText())));
    }

    private byte[] ed25519(String text) {
        try {
            Signature signer = Signature.getInstance(Checkpoint.ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not sign a checkpoint", failure);
        }
    }

    /** The current key as the Go checksum database's note package reads a verifier key. */
    String verifierKey() {
        return CheckpointNotes.verifierKey(origin, keys.getPublic());
    }

    /**
     * True only for a checkpoint whose signature is valid under the key it names, when that key is the current one or
     * a retired one; a checkpoint carrying any other key is refused.
     */
    boolean isAuthentic(Checkpoint checkpoint) {
        if (verified.contains(checkpoint)) {
            return true;
        }
        PublicKey key = checkpoint.publicKey() == null ? null : trustedKeys.get(checkpoint.publicKey());
        if (key == null || checkpoint.signature() == null || checkpoint.createdAt() == null
                || checkpoint.hash() == null || (checkpoint.ofTree() && !noteAgrees(checkpoint, key))) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(Checkpoint.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
            boolean valid = verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
            if (valid) {
                verified.add(checkpoint);
            }
            return valid;
        } catch (GeneralSecurityException | IllegalArgumentException badSignature) {
            return false;
        }
    }

    /**
     * A note must be this log's, state exactly the fields it travels with, and carry in its signature line the same
     * signature, made under this log's name by the key it names.
     */
    private boolean noteAgrees(Checkpoint checkpoint, PublicKey key) {
        return CheckpointNotes.parse(checkpoint.note())
                .filter(body -> body.origin().equals(origin) && body.size() == checkpoint.sequence()
                        && MerkleTree.hex(body.root()).equals(checkpoint.hash())
                        && body.timestamp().equals(checkpoint.createdAt()))
                .flatMap(body -> CheckpointNotes.signature(checkpoint.note(), origin, key))
                .map(signature -> Base64.getEncoder().encodeToString(signature).equals(checkpoint.signature()))
                .orElse(false);
    }
}
