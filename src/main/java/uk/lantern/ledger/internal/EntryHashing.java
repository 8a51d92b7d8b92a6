package uk.lantern.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The ledger's hash rules, documented in docs/ledger.md. Each field is written as its UTF-8 byte length, a colon,
 * the bytes and a semicolon, so that no choice of field values can make two different entries encode alike. A
 * missing value is written as length -1.
 */
final class EntryHashing {

    static final String GENESIS_HASH = "0".repeat(64);
    private static final String DOMAIN = "lantern-ledger-v1";
    private static final String LEAF_DOMAIN = "lantern-ledger-v2";

    private EntryHashing() {
    }

    static String payloadDigest(String payload) {
        return sha256Hex(payload.getBytes(StandardCharsets.UTF_8));
    }

    static String entryHash(long sequence, Instant recordedAt, String actor, String agency, String action,
                            String subjectType, String subjectId, String payloadDigest, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {DOMAIN, Long.toString(sequence), recordedAt.toString(), actor, agency,
                action, subjectType, subjectId, payloadDigest, previousHash}) {
            appendField(canonical, field);
        }
        return sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String entryHash(StoredEntry entry) {
        return entryHash(entry.sequence(), entry.recordedAt(), entry.actor(), entry.agency(), entry.action(),
                entry.subjectType(), entry.subjectId(), entry.payloadDigest(), entry.previousHash());
    }

    /**
     * The Merkle leaf hash of an entry admitted to the log: its fields without a position or a link to any other
     * entry, since its position is given later by the sequencer and proved by the tree.
     */
    static String leafHash(Instant recordedAt, String actor, String agency, String action, String subjectType,
                           String subjectId, String payloadDigest) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {LEAF_DOMAIN, recordedAt.toString(), actor, agency, action, subjectType,
                subjectId, payloadDigest}) {
            appendField(canonical, field);
        }
        return MerkleTree.hex(MerkleTree.leafHash(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The leaf hash of an entry written before the log: the leaf's data is the entry's chain hash, as hex text. */
    static String chainedLeafHash(String chainHash) {
        return MerkleTree.hex(MerkleTree.leafHash(chainHash.getBytes(StandardCharsets.UTF_8)));
    }

    /** The leaf hash an entry's stored fields call for, whichever kind it is. */
    static String leafHash(StoredEntry entry) {
        return entry.chained() ? chainedLeafHash(entry.hash())
                : leafHash(entry.recordedAt(), entry.actor(), entry.agency(), entry.action(), entry.subjectType(),
                        entry.subjectId(), entry.payloadDigest());
    }

    private static void appendField(StringBuilder canonical, String field) {
        if (field == null) {
            canonical.append("-1:;");
            return;
        }
        canonical.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(';');
    }

    static String sha256Hex(byte[] bytes) {
        return MerkleTree.hex(MerkleTree.sha256().digest(bytes));
    }
}
