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

    /** Children of CSE-flagged referrals, once per resolved identity, local authority and year. */
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
     * People recorded as suspects in intelligence about the areas, once per resolved identity and year: a man three
     * agencies recorded is one suspect. Where his records differ, each breakdown takes the earliest report's record
     * that states the characteristic. A suspect known only by a name a child used has nothing recorded about them, and
     * counts as not recorded in every breakdown.
     */
    List<CategoryCount> suspects(Collection<String> areaCodes, LocalDate fromYear, LocalDate untilYear) {
        return jdbc.sql("""
                        WITH suspect AS (
                            SELECT DISTINCT date_trunc('year', r.information_date)::date AS year,
                                   extract(year FROM r.information_date)::int AS in_year, r.information_date,
                                   s.subject_type, s.subject_id,
                                   CASE WHEN s.subject_type = 'PERSON'
                                        THEN coalesce(rr.identity_id, s.subject_id::text)
                                        ELSE 'named:' || s.subject_id END AS who
                            FROM intel_report r JOIN intel_subject s ON s.report_id = r.id
                            LEFT JOIN resolved_record rr ON rr.kind = 'PERSON' AND rr.record_id = s.subject_id
                                                        AND s.subject_type = 'PERSON'
                            WHERE s.subject_role = 'SUSPECT' AND s.subject_type IN ('PERSON', 'NAMED_PERSON')
                              AND r.area_codes && ?::text[] AND r.information_date >= ? AND r.information_date < ?
                        ), described AS (
                            SELECT suspect.year, suspect.who, suspect.information_date, d.dimension, d.category
                            FROM suspect
                            LEFT JOIN person p ON suspect.subject_type = 'PERSON' AND p.id = suspect.subject_id
                            CROSS JOIN LATERAL (VALUES
                                ('AGE', CASE WHEN p.birth_year IS NULL THEN 'NOT_RECORDED'
                                             WHEN in_year - p.birth_year < 18 THEN 'UNDER_18'
                                             WHEN in_year - p.birth_year <= 24 THEN '18_TO_24'
                                             WHEN in_year - p.birth_year <= 34 THEN '25_TO_34'
                                             WHEN in_year - p.birth_year <= 44 THEN '35_TO_44'
                                             ELSE '45_AND_OVER' END),
                                ('SEX', CASE WHEN p.sex IS NULL OR p.sex = 'NOT_KNOWN' THEN 'NOT_RECORDED'
                                             ELSE p.sex END),
                                ('ETHNICITY', CASE WHEN p.ethnicity_status = 'RECORDED'
                                                   THEN coalesce(p.ethnicity_ons2021, 'NOT_RECORDED')
                                                   ELSE coalesce(p.ethnicity_status, 'NOT_RECORDED') END),
                                ('NATIONALITY', coalesce(p.nationality, 'NOT_RECORDED'))) AS d(dimension, category)
                        ), chosen AS (
                            SELECT DISTINCT ON (year, who, dimension) year, dimension, category
                            FROM described
                            ORDER BY year, who, dimension, category IN ('NOT_STATED', 'NOT_RECORDED'),
                                     category = 'NOT_RECORDED', information_date
                        )
                        SELECT year, dimension, category, count(*) AS people
                        FROM chosen GROUP BY 1, 2, 3""")
                .params(areaCodes.toArray(String[]::new), Date.valueOf(fromYear), Date.valueOf(untilYear))
                .query(DemographicsStore::count).list();
    }

    private static CategoryCount count(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new CategoryCount(row.getDate("year").toLocalDate(), row.getString("dimension"),
                row.getString("category"), row.getLong("people"));
    }
}
