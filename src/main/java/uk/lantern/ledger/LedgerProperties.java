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
 * @param origin the name of this installation's log, the first line of every checkpoint and the name its signature
 *     is made under: unique to the installation, in the form of a URL without a scheme, for example
 *     {@code lantern.rochdale.gov.uk/ledger}. Defaults to {@value #DEFAULT_ORIGIN}.
 */
@ConfigurationProperties("lantern.ledger")
public record LedgerProperties(Path signingKeyFile, List<Path> retiredPublicKeyFiles, String origin) {

    public static final String DEFAULT_ORIGIN = "lantern.local/ledger";

    public LedgerProperties {
        retiredPublicKeyFiles = retiredPublicKeyFiles == null ? List.of() : List.copyOf(retiredPublicKeyFiles);
        origin = origin == null || origin.isBlank() ? DEFAULT_ORIGIN : origin.strip();
        if (origin.contains(" ") || origin.contains("+") || origin.contains("\n")) {
            throw new IllegalArgumentException("lantern.ledger.origin may not contain spaces, '+' or new lines: "
                    + origin);
        }
    }
}
