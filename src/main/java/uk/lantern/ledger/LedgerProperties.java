package uk.lantern.ledger;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ledger settings.
 *
 * @param signingKeyFile a PEM file holding the Ed25519 private key (PKCS#8) that signs checkpoints. Required with an
 *     external database; with the embedded database it defaults to a key generated in the data directory.
 */
@ConfigurationProperties("lantern.ledger")
public record LedgerProperties(Path signingKeyFile) {
}
