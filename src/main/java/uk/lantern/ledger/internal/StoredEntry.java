package uk.lantern.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import uk.lantern.ledger.LedgerEntryView;

/**
 * A ledger row exactly as read from the database. Entries written before the log was a Merkle tree also carry their
 * hash chain ({@code previousHash} and {@code hash}); later ones have neither.
 */
record StoredEntry(long id, Long sequence, Instant recordedAt, String actor, String agency, String action,
                   String subjectType, String subjectId, String payload, String payloadDigest, String previousHash,
                   String hash, String leafHash) {

    static final String COLUMNS = "id, sequence, recorded_at, actor, agency, action, subject_type, subject_id, "
            + "payload, payload_digest, previous_hash, hash, leaf_hash";

    static StoredEntry fromRow(ResultSet row, int rowNumber) throws SQLException {
        return new StoredEntry(row.getLong("id"), row.getObject("sequence", Long.class),
                row.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("agency"), row.getString("action"),
                row.getString("subject_type"), row.getString("subject_id"), row.getString("payload"),
                row.getString("payload_digest"), row.getString("previous_hash"), row.getString("hash"),
                row.getString("leaf_hash"));
    }

    /** Whether this entry was written to the hash chain that came before the Merkle tree. */
    boolean chained() {
        return previousHash != null;
    }

    LedgerEntryView toView() {
        return new LedgerEntryView(id, sequence, recordedAt, actor, agency, action, subjectType, subjectId, payload,
                payloadDigest, leafHash);
    }
}
