package uk.lantern.oversight.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of victims and suspects by year in each breakdown (age band, sex, ethnicity, nationality). Only counts leave
 * this class: who the people are is never read.
 */
@Repository
class DemographicsStore {

    /** One count: how many people of one category, in one breakdown, in one year. */
    record CategoryCount(LocalDate year, String dimension, String category, long people) {
    }

    private final JdbcClient jdbc;

    DemographicsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Children of CSE-flagged referrals, once per local authority and year. */
    List<CategoryCount> victims(Collection<String> authorities, LocalDate fromYear, LocalDate untilYear) {
        return jdbc.sql("""
                        SELECT year, dimension, category, sum(children)::bigint AS people
                        FROM oversight_victim_year
                        WHERE area_code = ANY(?) AND year >= ? AND year < ?
                        GROUP BY 1, 2, 3""")
                .params(authorities.toArray(String[]::new), Date.valueOf(fromYear), Date.valueOf(untilYear))
                .query(DemographicsStore::count).list();
    }

    /**
     * People recorded as suspects in intelligence about the areas, once per record and year. A suspect known only by
     * a name a child used has nothing recorded about them, and counts as not recorded in every breakdown.
     */
    List<CategoryCount> suspects(Collection<String> areaCodes, LocalDate fromYear, LocalDate untilYear) {
        return jdbc.sql("""
                        WITH suspect AS (
                            SELECT DISTINCT date_trunc('year', r.information_date)::date AS year, s.subject_type,
                                   s.subject_id, extract(year FROM r.information_date)::int AS in_year
                            FROM intel_report r JOIN intel_subject s ON s.report_id = r.id
                            WHERE s.subject_role = 'SUSPECT' AND s.subject_type IN ('PERSON', 'NAMED_PERSON')
                              AND r.area_codes && ?::text[] AND r.information_date >= ? AND r.information_date < ?
                        ), described AS (
                            SELECT year,
                                   CASE WHEN p.birth_year IS NULL THEN 'NOT_RECORDED'
                                        WHEN in_year - p.birth_year < 18 THEN 'UNDER_18'
                                        WHEN in_year - p.birth_year <= 24 THEN '18_TO_24'
                                        WHEN in_year - p.birth_year <= 34 THEN '25_TO_34'
                                        WHEN in_year - p.birth_year <= 44 THEN '35_TO_44'
                                        ELSE '45_AND_OVER' END AS age_band,
                                   CASE WHEN p.sex IS NULL OR p.sex = 'NOT_KNOWN' THEN 'NOT_RECORDED' ELSE p.sex END
                                       AS sex,
                                   CASE WHEN p.ethnicity_status = 'RECORDED'
                                        THEN coalesce(p.ethnicity_ons2021, 'NOT_RECORDED')
                                        ELSE coalesce(p.ethnicity_status, 'NOT_RECORDED') END AS ethnicity,
                                   coalesce(p.nationality, 'NOT_RECORDED') AS nationality
                            FROM suspect LEFT JOIN person p ON suspect.subject_type = 'PERSON'
                                                           AND p.id = suspect.subject_id
                        )
                        SELECT year, 'AGE' AS dimension, age_band AS category, count(*) AS people
                        FROM described GROUP BY 1, 3
                        UNION ALL SELECT year, 'SEX', sex, count(*) FROM described GROUP BY 1, 3
                        UNION ALL SELECT year, 'ETHNICITY', ethnicity, count(*) FROM described GROUP BY 1, 3
                        UNION ALL SELECT year, 'NATIONALITY', nationality, count(*) FROM described GROUP BY 1, 3""")
                .params(areaCodes.toArray(String[]::new), Date.valueOf(fromYear), Date.valueOf(untilYear))
                .query(DemographicsStore::count).list();
    }

    private static CategoryCount count(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new CategoryCount(row.getDate("year").toLocalDate(), row.getString("dimension"),
                row.getString("category"), row.getLong("people"));
    }
}
