package uk.lantern.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import uk.lantern.ledger.LedgerEntryView;

/** A ledger row exactly as read from the database. */
record StoredEntry(long sequence, Instant recordedAt, String actor, String agency, String action, String subjectType,
                   String subjectId, String payload, String payloadDigest, String previousHash, String hash) {

    static final String COLUMNS = "sequence, recorded_at, actor, agency, action, subject_type, subject_id, payload, "
            + "payload_digest, previous_hash, hash";

    static StoredEntry fromRow(ResultSet row, int rowNumber) throws SQLException {
        return new StoredEntry(row.getLong("sequence"),
                row.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("agency"), row.getString("action"),
                row.getString("subject_type"), row.getString("subject_id"), row.getString("payload"),
                row.getString("payload_digest"), row.getString("previous_hash"), row.getString("hash"));
    }

    LedgerEntryView toView() {
        return new LedgerEntryView(sequence, recordedAt, actor, agency, action, subjectType, subjectId, payload,
                payloadDigest, previousHash, hash);
    }
}
