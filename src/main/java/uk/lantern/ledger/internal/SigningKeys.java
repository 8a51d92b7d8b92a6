package uk.lantern.ledger.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the Ed25519 key pair that signs checkpoints, as one PEM file holding a PKCS#8 private key and an
 * X.509 public key. The JDK cannot derive an Ed25519 public key from the private key, so both are kept.
 */
final class SigningKeys {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN (PRIVATE KEY|PUBLIC KEY)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private SigningKeys() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Java 17 provides Ed25519", impossible);
        }
    }

    static void write(KeyPair keys, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String pem = block("PRIVATE KEY", keys.getPrivate().getEncoded()) + block("PUBLIC KEY",
                keys.getPublic().getEncoded());
        Files.writeString(file, pem);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the data directory's access control instead.
        }
    }

    static KeyPair read(Path file) throws IOException {
        Map<String, byte[]> blocks = blocks(file);
        if (!blocks.containsKey("PRIVATE KEY") || !blocks.containsKey("PUBLIC KEY")) {
            throw new IllegalStateException("The signing key file " + file + " must hold a PRIVATE KEY block and a "
                    + "PUBLIC KEY block (see docs/ledger.md)");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(blocks.get("PRIVATE KEY")));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(blocks.get("PUBLIC KEY")));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException notEd25519) {
            throw new IllegalStateException("The signing key file " + file + " does not hold an Ed25519 key pair",
                    notEd25519);
        }
    }

    /** The public key of a retired signing key: the file's PUBLIC KEY block; any private key in it is ignored. */
    static PublicKey readPublicKey(Path file) throws IOException {
        byte[] publicBytes = blocks(file).get("PUBLIC KEY");
        if (publicBytes == null) {
            throw new IllegalStateException("The retired key file " + file + " must hold a PUBLIC KEY block "
                    + "(see docs/ledger.md)");
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicBytes));
        } catch (GeneralSecurityException notEd25519) {
            throw new IllegalStateException("The retired key file " + file + " does not hold an Ed25519 public key",
                    notEd25519);
        }
    }

    private static Map<String, byte[]> blocks(Path file) throws IOException {
        Map<String, byte[]> blocks = new HashMap<>();
        Matcher matcher = BLOCK.matcher(Files.readString(file));
        while (matcher.find()) {
            blocks.put(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2).trim()));
        }
        return blocks;
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
