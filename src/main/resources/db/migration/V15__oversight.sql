-- Oversight statistics: materialised summaries of the case records by local authority and period, so that the
-- dashboards read a few thousand summary rows instead of millions of records. They are refreshed on a schedule by
-- oversight_refresh(); every figure shown says when they were last refreshed. Months are calendar months in UK time.

-- Referrals by the local authority that received them and the month they arrived. A referral is decided on time when
-- its first decision came by its decision deadline; it counts towards the timeliness measure once it has been decided
-- or its deadline has passed. It is a re-referral when one of its children was referred in the 12 months before.
CREATE MATERIALIZED VIEW oversight_referral_month AS
WITH first_decision AS (
    SELECT referral_id, min(decided_at) AS decided_at
    FROM referral_decision
    GROUP BY referral_id
), current_decision AS (
    SELECT DISTINCT ON (referral_id) referral_id, outcome
    FROM referral_decision
    WHERE NOT superseded
    ORDER BY referral_id, decided_at DESC
), earlier_referral AS (
    SELECT referral_id,
           received_at - lag(received_at) OVER (PARTITION BY child_id ORDER BY received_at, referral_id) AS gap
    FROM referral_child JOIN referral ON referral.id = referral_child.referral_id
), re_referral AS (
    SELECT referral_id FROM earlier_referral WHERE gap <= interval '12 months' GROUP BY referral_id
)
SELECT r.area_code,
       date_trunc('month', r.received_at AT TIME ZONE 'Europe/London')::date AS month,
       count(*)                                                              AS referrals,
       count(*) FILTER (WHERE r.cse_concern)                                 AS cse_referrals,
       count(*) FILTER (WHERE fd.decided_at IS NOT NULL OR r.decision_due_at <= now()) AS decisions_due,
       count(*) FILTER (WHERE fd.decided_at <= r.decision_due_at)            AS decisions_on_time,
       count(*) FILTER (WHERE cd.outcome = 'NO_FURTHER_ACTION')              AS no_further_action,
       count(*) FILTER (WHERE cd.outcome = 'INFORMATION_AND_ADVICE')         AS information_and_advice,
       count(*) FILTER (WHERE cd.outcome = 'EARLY_HELP')                     AS early_help,
       count(*) FILTER (WHERE cd.outcome = 'ASSESSMENT')                     AS assessment,
       count(*) FILTER (WHERE cd.outcome = 'STRATEGY_DISCUSSION')            AS strategy_discussion,
       count(rr.referral_id)                                                 AS re_referrals
FROM referral r
LEFT JOIN first_decision fd ON fd.referral_id = r.id
LEFT JOIN current_decision cd ON cd.referral_id = r.id
LEFT JOIN re_referral rr ON rr.referral_id = r.id
GROUP BY 1, 2;
CREATE UNIQUE INDEX oversight_referral_month_key ON oversight_referral_month (area_code, month);

-- Assessments completed each month, and those ending with child sexual exploitation identified (CIN factor 11A):
-- the definition the Department for Education's published baseline uses.
CREATE MATERIALIZED VIEW oversight_assessment_month AS
SELECT c.area_code,
       date_trunc('month', a.completed_at AT TIME ZONE 'Europe/London')::date AS month,
       count(*)                                        AS assessments,
       count(*) FILTER (WHERE '11A' = ANY (a.factors)) AS cse_assessments
FROM assessment a JOIN child_case c ON c.id = a.case_id
WHERE a.completed_at IS NOT NULL
GROUP BY 1, 2;
CREATE UNIQUE INDEX oversight_assessment_month_key ON oversight_assessment_month (area_code, month);

-- Missing episodes and return home interviews by the child's local authority. Counting distinct children cannot be
-- summed from months into quarters, so each grain is summarised on its own.
CREATE MATERIALIZED VIEW oversight_missing_period AS
WITH episode AS (
    SELECT ch.area_code, e.child_id, e.reported_missing_at AT TIME ZONE 'Europe/London' AS at,
           ri.due_at, ri.completed_at
    FROM missing_episode e
    JOIN child ch ON ch.id = e.child_id
    LEFT JOIN return_interview ri ON ri.episode_id = e.id
    WHERE ch.voided_at IS NULL
), grain AS (
    SELECT unnest(ARRAY ['month', 'quarter', 'year']) AS grain
), by_child AS (
    SELECT g.grain, e.area_code, date_trunc(g.grain, e.at)::date AS period, e.child_id,
           count(*) AS episodes,
           count(e.due_at) FILTER (WHERE e.completed_at IS NOT NULL OR e.due_at <= now()) AS interviews_due,
           count(*) FILTER (WHERE e.completed_at <= e.due_at) AS interviews_on_time
    FROM episode e CROSS JOIN grain g
    GROUP BY 1, 2, 3, 4
)
SELECT grain, area_code, period,
       sum(episodes)::bigint                 AS episodes,
       count(*)                              AS children_missing,
       count(*) FILTER (WHERE episodes >= 2) AS children_missing_repeatedly,
       sum(interviews_due)::bigint           AS interviews_due,
       sum(interviews_on_time)::bigint       AS interviews_on_time
FROM by_child
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX oversight_missing_period_key ON oversight_missing_period (grain, area_code, period);

-- The children of CSE-flagged referrals (victims, in the national inquiry's sense) by year, each counted once per local
-- authority and year, in four breakdowns: age band (at the first such referral in the year), sex, ethnicity and
-- nationality. Categories NOT_STATED and NOT_RECORDED keep "declined to say" apart from "nobody asked".
CREATE MATERIALIZED VIEW oversight_victim_year AS
WITH victim AS (
    SELECT DISTINCT ON (r.area_code, date_trunc('year', r.received_at AT TIME ZONE 'Europe/London'), ch.id)
           r.area_code,
           date_trunc('year', r.received_at AT TIME ZONE 'Europe/London')::date AS year,
           extract(year FROM r.received_at AT TIME ZONE 'Europe/London')::int - ch.birth_year AS age,
           ch.sex, ch.ethnicity_status, ch.ethnicity_ons2021, ch.nationality
    FROM referral r
    JOIN referral_child rc ON rc.referral_id = r.id
    JOIN child ch ON ch.id = rc.child_id
    WHERE r.cse_concern AND ch.voided_at IS NULL
    ORDER BY r.area_code, date_trunc('year', r.received_at AT TIME ZONE 'Europe/London'), ch.id, r.received_at
), described AS (
    SELECT area_code, year,
           CASE WHEN age IS NULL THEN 'NOT_RECORDED' WHEN age < 10 THEN 'UNDER_10' WHEN age <= 12 THEN '10_TO_12'
                WHEN age <= 15 THEN '13_TO_15' WHEN age <= 17 THEN '16_TO_17' ELSE '18_AND_OVER' END AS age_band,
           CASE WHEN sex IN ('NOT_KNOWN') THEN 'NOT_RECORDED' ELSE sex END AS sex,
           CASE WHEN ethnicity_status = 'RECORDED' THEN coalesce(ethnicity_ons2021, 'NOT_RECORDED')
                ELSE ethnicity_status END AS ethnicity,
           coalesce(nationality, 'NOT_RECORDED') AS nationality
    FROM victim
)
SELECT area_code, year, 'AGE' AS dimension, age_band AS category, count(*) AS children FROM described GROUP BY 1, 2, 4
UNION ALL
SELECT area_code, year, 'SEX', sex, count(*) FROM described GROUP BY 1, 2, 4
UNION ALL
SELECT area_code, year, 'ETHNICITY', ethnicity, count(*) FROM described GROUP BY 1, 2, 4
UNION ALL
SELECT area_code, year, 'NATIONALITY', nationality, count(*) FROM described GROUP BY 1, 2, 4;
CREATE UNIQUE INDEX oversight_victim_year_key ON oversight_victim_year (area_code, year, dimension, category);

-- What network analysis found at each refresh: one row per network, with no member's identity.
CREATE TABLE oversight_network (
    refresh_id     uuid    NOT NULL,
    network_id     text    NOT NULL,
    first_seen     date,
    suspects       integer NOT NULL,
    children       integer NOT NULL,
    area_codes     text[]  NOT NULL,
    PRIMARY KEY (refresh_id, network_id)
);

CREATE TABLE oversight_refresh (
    id           uuid        PRIMARY KEY,
    refreshed_at timestamptz NOT NULL,
    refreshed_by text        NOT NULL,
    took_ms      bigint      NOT NULL
);
CREATE INDEX oversight_refresh_latest ON oversight_refresh (refreshed_at DESC);

-- The application role may read the summaries but does not own them, so it refreshes them through this function,
-- which runs with its owner's rights and can do nothing else.
CREATE FUNCTION oversight_refresh() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    REFRESH MATERIALIZED VIEW CONCURRENTLY oversight_referral_month;
    REFRESH MATERIALIZED VIEW CONCURRENTLY oversight_assessment_month;
    REFRESH MATERIALIZED VIEW CONCURRENTLY oversight_missing_period;
    REFRESH MATERIALIZED VIEW CONCURRENTLY oversight_victim_year;
END
$$;
REVOKE ALL ON FUNCTION oversight_refresh() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION oversight_refresh() TO ${appRole};
GRANT SELECT ON oversight_referral_month, oversight_assessment_month, oversight_missing_period, oversight_victim_year
    TO ${appRole};
