package uk.lantern.oversight.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the oversight summaries. Column and view names come only from {@link BaseCount}, never from a request.
 */
@Repository
class SummaryStore {

    private final JdbcClient jdbc;

    SummaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each count for the given local authorities together, one figure per period of the query. */
    Map<BaseCount, long[]> series(List<BaseCount> counts, List<String> authorities, OversightQuery query) {
        Map<BaseCount, long[]> series = new EnumMap<>(BaseCount.class);
        counts.forEach(count -> series.put(count, new long[query.periods().size()]));
        bySummary(counts).forEach((summary, ofSummary) -> jdbc.sql(seriesSql(summary, ofSummary))
                .params(parameters(authorities, query))
                .query(row -> {
                    int period = query.periodIndex(row.getDate("period").toLocalDate());
                    for (BaseCount count : ofSummary) {
                        series.get(count)[period] = row.getLong(count.column);
                    }
                }));
        return series;
    }

    /** One count for every local authority over a window of whole months: what a funnel plot compares. */
    Map<String, Long> byAuthority(BaseCount count, LocalDate from, LocalDate until) {
        if (!count.summary.monthly) {
            throw new IllegalArgumentException(count + " counts distinct children and cannot be added across months");
        }
        return jdbc.sql("SELECT area_code, sum(" + count.column + ")::bigint AS total FROM " + count.summary.view
                        + " WHERE month >= ? AND month < ? GROUP BY area_code")
                .params(Date.valueOf(from), Date.valueOf(until))
                .query((row, n) -> Map.entry(row.getString("area_code"), row.getLong("total"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<BaseCount.Summary, List<BaseCount>> bySummary(List<BaseCount> counts) {
        return counts.stream().collect(Collectors.groupingBy(count -> count.summary,
                () -> new EnumMap<>(BaseCount.Summary.class), Collectors.toList()));
    }

    private static String seriesSql(BaseCount.Summary summary, List<BaseCount> counts) {
        String sums = counts.stream().map(count -> "sum(" + count.column + ")::bigint AS " + count.column)
                .collect(Collectors.joining(", "));
        if (summary.monthly) {
            return "SELECT date_trunc(?, month)::date AS period, " + sums + " FROM " + summary.view
                    + " WHERE area_code = ANY(?) AND month >= ? AND month < ? GROUP BY 1";
        }
        return "SELECT period, " + sums + " FROM " + summary.view
                + " WHERE grain = ? AND area_code = ANY(?) AND period >= ? AND period < ? GROUP BY 1";
    }

    private static Object[] parameters(List<String> authorities, OversightQuery query) {
        return new Object[] {query.grain().sqlUnit(), authorities.toArray(String[]::new), Date.valueOf(query.from()),
                Date.valueOf(query.until())};
    }
}
