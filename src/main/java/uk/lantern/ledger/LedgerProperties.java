package uk.lantern.ledger;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ledger settings. {@code lantern.ledger.checkpoint-interval} (default {@code PT1H}), how often a checkpoint of the
 * head is issued while the server runs, is read by the schedule itself.
 *
 * @param signingKeyFile a PEM file holding the Ed25519 private key (PKCS#8) that signs checkpoints. Required with an
 *     external database; with the embedded database it defaults to a key generated in the data directory.
 * @param retiredPublicKeyFiles PEM files, each holding the PUBLIC KEY block of a signing key used before the current
 *     one. Checkpoints signed with these keys stay verifiable after the key is rotated; nothing new is signed with them.
 */
@ConfigurationProperties("lantern.ledger")
public record LedgerProperties(Path signingKeyFile, List<Path> retiredPublicKeyFiles) {

    public LedgerProperties {
        retiredPublicKeyFiles = retiredPublicKeyFiles == null ? List.of() : List.copyOf(retiredPublicKeyFiles);
    }
}
