package uk.lantern.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.identity.UserId;
import uk.lantern.notification.InAppNotificationView;
import uk.lantern.notification.internal.NoticeRules.ValidNotice;

import static uk.lantern.notification.internal.SqlTimes.utc;

@Repository
class InAppNotificationRepository {

    private final JdbcClient jdbc;

    InAppNotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UserId user, ValidNotice notice, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO in_app_notification (id, user_id, subject, body, link, reference, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user.value(), notice.subject(), notice.body(), notice.link(), notice.reference(),
                        utc(createdAt))
                .update();
    }

    List<InAppNotificationView> inbox(UserId user, int limit) {
        return jdbc.sql("""
                SELECT id, subject, body, link, reference, created_at, read_at FROM in_app_notification
                WHERE user_id = ? ORDER BY created_at DESC, id LIMIT ?""")
                .params(user.value(), limit)
                .query((row, n) -> view(row))
                .list();
    }

    long unreadCount(UserId user) {
        return jdbc.sql("SELECT count(*) FROM in_app_notification WHERE user_id = ? AND read_at IS NULL")
                .param(user.value())
                .query(Long.class)
                .single();
    }

    boolean belongsTo(UserId user, UUID id) {
        return jdbc.sql("SELECT count(*) FROM in_app_notification WHERE id = ? AND user_id = ?")
                .params(id, user.value())
                .query(Long.class)
                .single() > 0;
    }

    /** Marks the notification read if it is the user's and unread; true if it changed. */
    boolean markRead(UserId user, UUID id, Instant readAt) {
        return jdbc.sql("UPDATE in_app_notification SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL")
                .params(utc(readAt), id, user.value())
                .update() > 0;
    }

    private static InAppNotificationView view(ResultSet row) throws SQLException {
        return new InAppNotificationView(row.getObject("id", UUID.class), row.getString("subject"),
                row.getString("body"), row.getString("link"), row.getString("reference"),
                SqlTimes.instant(row, "created_at"), SqlTimes.instant(row, "read_at"));
    }
}
