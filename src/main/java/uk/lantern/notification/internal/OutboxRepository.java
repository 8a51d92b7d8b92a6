package uk.lantern.notification.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static uk.lantern.notification.internal.SqlTimes.utc;

/** The notification outbox. Rows move from PENDING to SENT or FAILED and are never deleted. */
@Repository
class OutboxRepository {

    static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues an email, due at once. */
    void queue(UUID id, UUID userId, String recipientEmail, String subject, String body, String link,
               String reference, Instant now) {
        jdbc.sql("""
                INSERT INTO notification_outbox (id, user_id, recipient_email, subject, body, link, reference, channel,
                                                 status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'EMAIL', 'PENDING', 0, ?, ?)""")
                .params(id, userId, recipientEmail, subject, body, link, reference, utc(now), utc(now))
                .update();
    }

    /**
     * Claims the oldest due message for the rest of the caller's transaction. SKIP LOCKED passes over messages that
     * another dispatcher (in this process or another instance) holds, so no message is sent twice at once.
     */
    Optional<OutboxMessage> claimNextDue(Instant now) {
        return jdbc.sql("""
                SELECT id, user_id, recipient_email, subject, body, link, attempts FROM notification_outbox
                WHERE status = 'PENDING' AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""")
                .param(utc(now))
                .query((row, n) -> new OutboxMessage(row.getObject("id", UUID.class),
                        row.getObject("user_id", UUID.class), row.getString("recipient_email"),
                        row.getString("subject"), row.getString("body"), row.getString("link"), row.getInt("attempts")))
                .optional();
    }

    void markSent(UUID id, Instant sentAt, String channel, String providerReference) {
        jdbc.sql("""
                UPDATE notification_outbox
                SET status = 'SENT', attempts = attempts + 1, sent_at = ?, sent_via = ?, provider_reference = ?
                WHERE id = ?""")
                .params(utc(sentAt), channel, providerReference, id)
                .update();
    }

    void scheduleRetry(UUID id, Instant nextAttemptAt, String error) {
        jdbc.sql("""
                UPDATE notification_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                WHERE id = ?""")
                .params(utc(nextAttemptAt), limited(error), id)
                .update();
    }

    void markFailed(UUID id, String error) {
        jdbc.sql("""
                UPDATE notification_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ?
                WHERE id = ?""")
                .params(limited(error), id)
                .update();
    }

    static String limited(String error) {
        String text = error == null || error.isBlank() ? "Unknown error" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
