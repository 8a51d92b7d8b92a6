package uk.lantern.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.identity.AccessGrantView;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.RecordRef;
import uk.lantern.identity.UserId;

/** Grants and break-glass access in PostgreSQL. */
@Repository
class AccessGrants {

    private static final String VIEW_QUERY = """
            SELECT g.id, g.kind, g.record_type, g.record_id, g.reason, g.created_at, g.expires_at, g.revoked_at,
                   u.username, u.display_name, a.name AS agency_name, gb.username AS granted_by
            FROM access_grant g
            JOIN app_user u ON u.id = g.user_id
            JOIN agency a ON a.id = u.agency_id
            JOIN app_user gb ON gb.id = g.granted_by
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessGrants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The kind of the user's unexpired, unrevoked access to the record, if any: GRANT ranks above BREAK_GLASS. */
    Optional<String> activeKind(UserId user, RecordRef record) {
        return jdbc.sql("""
                        SELECT kind FROM access_grant
                        WHERE user_id = ? AND record_type = ? AND record_id = ? AND revoked_at IS NULL
                          AND expires_at > ?
                        ORDER BY CASE kind WHEN 'GRANT' THEN 0 ELSE 1 END LIMIT 1""")
                .params(user.value(), record.type(), record.id(), DirectoryRepository.utc(clock.instant()))
                .query(String.class).optional();
    }

    /**
     * Every record the user has unexpired, unrevoked access to, with the kind that {@link #activeKind} would give,
     * so that a whole list can be decided with one query.
     */
    Map<RecordRef, String> activeKinds(UserId user) {
        return jdbc.sql("""
                        SELECT record_type, record_id, kind FROM access_grant
                        WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?""")
                .params(user.value(), DirectoryRepository.utc(clock.instant()))
                .query((row, rowNumber) -> Map.entry(new RecordRef(row.getString("record_type"),
                        row.getString("record_id")), row.getString("kind")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (one, other) -> "GRANT".equals(one) ? one : other));
    }

    UUID insert(UserId user, RecordRef record, String kind, String reason, UserId grantedBy, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO access_grant (id, user_id, record_type, record_id, kind, reason, granted_by, created_at,
                                          expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user.value(), record.type(), record.id(), kind, reason, grantedBy.value(),
                        DirectoryRepository.utc(clock.instant()), DirectoryRepository.utc(expiresAt))
                .update();
        return id;
    }

    Optional<AccessGrantView> find(UUID id) {
        return jdbc.sql(VIEW_QUERY + "WHERE g.id = ?").param(id).query(AccessGrants::view).optional();
    }

    List<AccessGrantView> breakGlassInAgencySince(AgencyId agency, Instant since) {
        return jdbc.sql(VIEW_QUERY + "WHERE g.kind = 'BREAK_GLASS' AND u.agency_id = ? AND g.created_at >= ? "
                        + "ORDER BY g.created_at DESC")
                .params(agency.value(), DirectoryRepository.utc(since))
                .query(AccessGrants::view).list();
    }

    private static AccessGrantView view(ResultSet row, int rowNumber) throws SQLException {
        return new AccessGrantView(row.getObject("id", UUID.class), row.getString("kind"), row.getString("username"),
                row.getString("display_name"), row.getString("agency_name"),
                new RecordRef(row.getString("record_type"), row.getString("record_id")), row.getString("reason"),
                row.getString("granted_by"), DirectoryRepository.instant(row, "created_at"),
                DirectoryRepository.instant(row, "expires_at"), DirectoryRepository.instant(row, "revoked_at"));
    }
}
