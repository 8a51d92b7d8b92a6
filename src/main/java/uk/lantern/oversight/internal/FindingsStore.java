package uk.lantern.oversight.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Networks found and historic cases reviewed, by period. These are few, and a network may span several areas, so they
 * are counted straight from their tables for the whole area asked about rather than added up authority by authority.
 */
@Repository
class FindingsStore {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    FindingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per period: networks first seen then, and their suspects and children added up. */
    NetworkSeries networks(Collection<String> areaCodes, OversightQuery query) {
        NetworkSeries series = new NetworkSeries(new long[query.periods().size()], new long[query.periods().size()],
                new long[query.periods().size()]);
        jdbc.sql("""
                        SELECT date_trunc(?, first_seen)::date AS period, count(*) AS networks,
                               sum(suspects) AS suspects, sum(children) AS children
                        FROM oversight_network
                        WHERE refresh_id = (SELECT id FROM oversight_refresh ORDER BY refreshed_at DESC LIMIT 1)
                          AND area_codes && ?::text[] AND first_seen >= ? AND first_seen < ?
                        GROUP BY 1""")
                .params(query.grain().sqlUnit(), areaCodes.toArray(String[]::new), Date.valueOf(query.from()),
                        Date.valueOf(query.until()))
                .query(row -> {
                    int period = query.periodIndex(row.getDate("period").toLocalDate());
                    series.networks()[period] = row.getLong("networks");
                    series.suspects()[period] = row.getLong("suspects");
                    series.children()[period] = row.getLong("children");
                });
        return series;
    }

    /** Per period: closed referrals queued for historic review, and reviews ending in each decision. */
    HistoricSeries historicReviews(Collection<String> authorities, OversightQuery query) {
        HistoricSeries series = new HistoricSeries(new long[query.periods().size()],
                new long[query.periods().size()], new long[query.periods().size()]);
        Object[] window = {query.grain().sqlUnit(), authorities.toArray(String[]::new), start(query.from()),
                start(query.until())};
        jdbc.sql("""
                        SELECT date_trunc(?, h.queued_at AT TIME ZONE 'Europe/London')::date AS period, count(*) AS n
                        FROM historic_review h JOIN nfa_closure c ON c.referral_id = h.referral_id
                        WHERE c.area_code = ANY(?) AND h.queued_at >= ? AND h.queued_at < ?
                        GROUP BY 1""")
                .params(window)
                .query(row -> {
                    series.queued()[query.periodIndex(row.getDate("period").toLocalDate())] = row.getLong("n");
                });
        jdbc.sql("""
                        SELECT date_trunc(?, h.decided_at AT TIME ZONE 'Europe/London')::date AS period, h.status,
                               count(*) AS n
                        FROM historic_review h JOIN nfa_closure c ON c.referral_id = h.referral_id
                        WHERE c.area_code = ANY(?) AND h.decided_at >= ? AND h.decided_at < ?
                        GROUP BY 1, 2""")
                .params(window)
                .query(row -> {
                    long[] decided = row.getString("status").equals("REOPENED") ? series.reopened()
                            : series.confirmed();
                    decided[query.periodIndex(row.getDate("period").toLocalDate())] = row.getLong("n");
                });
        return series;
    }


    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(UK).toInstant());
    }

    record NetworkSeries(long[] networks, long[] suspects, long[] children) {
    }

    record HistoricSeries(long[] queued, long[] reopened, long[] confirmed) {
    }
}
