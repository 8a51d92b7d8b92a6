package uk.lantern.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * A network dossier's id, derived from its subjects alone: {@code nd-} and the first 20 hex digits (80 bits) of the
 * SHA-256 of the sorted subject ids. The same group found again gets the same id, however the analysis was run; a
 * group that gains or loses a subject gets a new one.
 */
public record DossierId(String value) {

    private static final int HEX_DIGITS = 20;

    public DossierId {
        if (value == null || !value.matches("nd-[0-9a-f]{" + HEX_DIGITS + "}")) {
            throw new IllegalArgumentException("dossier id: expected nd- and " + HEX_DIGITS + " hex digits, was "
                    + value);
        }
    }

    public static DossierId of(Collection<SubjectId> subjects) {
        MessageDigest digest = sha256();
        subjects.stream().map(SubjectId::value).sorted().distinct().forEach(id -> {
            digest.update(id.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        });
        return new DossierId("nd-" + HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
