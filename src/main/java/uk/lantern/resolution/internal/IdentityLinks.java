package uk.lantern.resolution.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.people.RecordKind;
import uk.lantern.resolution.ClusterLink;

/** Why each identity holds together: the joins runs and analysts made, stored as the pairs that made them. */
@Repository
class IdentityLinks {

    private final JdbcClient jdbc;

    IdentityLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that were resolved again (an unmerge) keep only the links of that run. */
    void replaceAmong(RecordKind kind, Collection<UUID> records, List<ClusterLink> links, Instant at) {
        UUID[] ids = records.toArray(UUID[]::new);
        jdbc.sql("DELETE FROM identity_link WHERE kind = ? AND (first_record = ANY(?) OR second_record = ANY(?))")
                .params(kind.name(), ids, ids).update();
        add(kind, links, at);
    }

    /** Every link of the kind. */
    List<ClusterLink> all(RecordKind kind) {
        return jdbc.sql("SELECT first_record, second_record, reason, probability, mean_cross_weight, cross_pairs "
                        + "FROM identity_link WHERE kind = ?").param(kind.name())
                .query((row, number) -> link(row)).list();
    }

    /** Undoes links a run no longer makes. */
    void remove(RecordKind kind, List<ClusterLink> links) {
        if (links.isEmpty()) {
            return;
        }
        UUID[] first = links.stream().map(link -> UUID.fromString(link.firstRecord())).toArray(UUID[]::new);
        UUID[] second = links.stream().map(link -> UUID.fromString(link.secondRecord())).toArray(UUID[]::new);
        jdbc.sql("DELETE FROM identity_link l USING unnest(?::uuid[], ?::uuid[]) AS t(f, s) "
                        + "WHERE l.kind = ? AND l.first_record = t.f AND l.second_record = t.s")
                .params(first, second, kind.name()).update();
    }

    void add(RecordKind kind, List<ClusterLink> links, Instant at) {
        if (links.isEmpty()) {
            return;
        }
        int n = links.size();
        UUID[] first = new UUID[n];
        UUID[] second = new UUID[n];
        String[] reason = new String[n];
        Double[] probability = new Double[n];
        Double[] meanCrossWeight = new Double[n];
        Integer[] crossPairs = new Integer[n];
        for (int i = 0; i < n; i++) {
            ClusterLink link = links.get(i);
            first[i] = UUID.fromString(link.firstRecord());
            second[i] = UUID.fromString(link.secondRecord());
            reason[i] = link.reason().name();
            probability[i] = link.probability();
            meanCrossWeight[i] = link.meanCrossWeight();
            crossPairs[i] = link.crossPairs();
        }
        jdbc.sql("""
                INSERT INTO identity_link (kind, first_record, second_record, reason, probability, mean_cross_weight,
                                           cross_pairs, linked_at)
                SELECT ?, f, s, r, p, w, c, ? FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::float8[], ?::float8[],
                                                          ?::int[]) AS t(f, s, r, p, w, c)
                ON CONFLICT (kind, first_record, second_record) DO UPDATE SET reason = EXCLUDED.reason,
                    probability = EXCLUDED.probability, mean_cross_weight = EXCLUDED.mean_cross_weight,
                    cross_pairs = EXCLUDED.cross_pairs, linked_at = EXCLUDED.linked_at""")
                .params(kind.name(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC), first, second, reason,
                        probability, meanCrossWeight, crossPairs)
                .update();
    }

    /** The links whose two records are both among the given ones. */
    List<ClusterLink> among(RecordKind kind, Collection<UUID> records) {
        UUID[] ids = records.toArray(UUID[]::new);
        return jdbc.sql("""
                SELECT first_record, second_record, reason, probability, mean_cross_weight, cross_pairs
                FROM identity_link WHERE kind = ? AND first_record = ANY(?) AND second_record = ANY(?)
                ORDER BY linked_at, first_record, second_record""")
                .params(kind.name(), ids, ids)
                .query((row, number) -> link(row))
                .list();
    }

    private static ClusterLink link(ResultSet row) throws SQLException {
        return new ClusterLink(row.getString("first_record"), row.getString("second_record"),
                ClusterLink.LinkReason.valueOf(row.getString("reason")), row.getDouble("probability"),
                row.getObject("mean_cross_weight", Double.class), row.getInt("cross_pairs"));
    }
}
