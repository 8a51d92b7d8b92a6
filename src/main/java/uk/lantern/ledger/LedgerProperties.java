package uk.lantern.ledger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ledger settings.
 *
 * @param signingKeyFile a PEM file holding the Ed25519 private key (PKCS#8) that signs checkpoints. Required with an
 *     external database; with the embedded database it defaults to a key generated in the data directory.
 * @param retiredPublicKeyFiles PEM files, each holding the PUBLIC KEY block of a signing key used before the current
 *     one. Checkpoints signed with these keys stay verifiable after the key is rotated; nothing new is signed with them.
 * @param checkpointInterval how often a checkpoint of the head is issued while the server runs, if anything was
 *     appended since the last one; this bounds how many of the newest entries no checkpoint covers. One hour if unset.
 */
@ConfigurationProperties("lantern.ledger")
public record LedgerProperties(Path signingKeyFile, List<Path> retiredPublicKeyFiles, Duration checkpointInterval) {

    public LedgerProperties {
        retiredPublicKeyFiles = retiredPublicKeyFiles == null ? List.of() : List.copyOf(retiredPublicKeyFiles);
        checkpointInterval = checkpointInterval == null ? Duration.ofHours(1) : checkpointInterval;
    }
}
