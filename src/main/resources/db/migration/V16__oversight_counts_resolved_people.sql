-- A child recorded by several agencies has several child records, which entity resolution joins into one identity
-- (resolved_record). The oversight figures that count children now count identities, so such a child is one child
-- missing, one victim, and their second referral within 12 months a re-referral, whichever agency recorded each. A
-- record not yet resolved stands for itself.

DROP MATERIALIZED VIEW oversight_referral_month;
DROP MATERIALIZED VIEW oversight_missing_period;
DROP MATERIALIZED VIEW oversight_victim_year;

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
    SELECT rc.referral_id,
           r.received_at - lag(r.received_at) OVER (PARTITION BY coalesce(rr.identity_id, rc.child_id::text)
                                                    ORDER BY r.received_at, rc.referral_id) AS gap
    FROM referral_child rc
    JOIN referral r ON r.id = rc.referral_id
    LEFT JOIN resolved_record rr ON rr.kind = 'CHILD' AND rr.record_id = rc.child_id
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

-- Missing episodes and return home interviews by the local authority of the child record. Counting distinct children
-- cannot be summed from months into quarters, so each grain is summarised on its own.
CREATE MATERIALIZED VIEW oversight_missing_period AS
WITH episode AS (
    SELECT ch.area_code, coalesce(rr.identity_id, e.child_id::text) AS child,
           e.reported_missing_at AT TIME ZONE 'Europe/London' AS at, ri.due_at, ri.completed_at
    FROM missing_episode e
    JOIN child ch ON ch.id = e.child_id
    LEFT JOIN resolved_record rr ON rr.kind = 'CHILD' AND rr.record_id = e.child_id
    LEFT JOIN return_interview ri ON ri.episode_id = e.id
    WHERE ch.voided_at IS NULL
), grain AS (
    SELECT unnest(ARRAY ['month', 'quarter', 'year']) AS grain
), by_child AS (
    SELECT g.grain, e.area_code, date_trunc(g.grain, e.at)::date AS period, e.child,
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
-- authority and year, in four breakdowns: age band, sex, ethnicity and nationality. Where the child's records differ,
-- each breakdown takes the earliest referral's record that states the characteristic, then one that says it was not
-- stated; "not recorded" only when none of them records it. Categories NOT_STATED and NOT_RECORDED keep "declined to
-- say" apart from "nobody asked".
CREATE MATERIALIZED VIEW oversight_victim_year AS
WITH victim AS (
    SELECT r.area_code,
           date_trunc('year', r.received_at AT TIME ZONE 'Europe/London')::date AS year,
           coalesce(rr.identity_id, ch.id::text) AS child,
           r.received_at,
           extract(year FROM r.received_at AT TIME ZONE 'Europe/London')::int - ch.birth_year AS age,
           ch.sex, ch.ethnicity_status, ch.ethnicity_ons2021, ch.nationality
    FROM referral r
    JOIN referral_child rc ON rc.referral_id = r.id
    JOIN child ch ON ch.id = rc.child_id
    LEFT JOIN resolved_record rr ON rr.kind = 'CHILD' AND rr.record_id = ch.id
    WHERE r.cse_concern AND ch.voided_at IS NULL
), described AS (
    SELECT v.area_code, v.year, v.child, v.received_at, d.dimension, d.category
    FROM victim v CROSS JOIN LATERAL (VALUES
        ('AGE', CASE WHEN v.age IS NULL THEN 'NOT_RECORDED' WHEN v.age < 10 THEN 'UNDER_10'
                     WHEN v.age <= 12 THEN '10_TO_12' WHEN v.age <= 15 THEN '13_TO_15' WHEN v.age <= 17 THEN '16_TO_17'
                     ELSE '18_AND_OVER' END),
        ('SEX', CASE WHEN v.sex IN ('NOT_KNOWN') THEN 'NOT_RECORDED' ELSE v.sex END),
        ('ETHNICITY', CASE WHEN v.ethnicity_status = 'RECORDED' THEN coalesce(v.ethnicity_ons2021, 'NOT_RECORDED')
                           ELSE v.ethnicity_status END),
        ('NATIONALITY', coalesce(v.nationality, 'NOT_RECORDED'))) AS d(dimension, category)
), chosen AS (
    SELECT DISTINCT ON (area_code, year, child, dimension) area_code, year, dimension, category
    FROM described
    ORDER BY area_code, year, child, dimension, category IN ('NOT_STATED', 'NOT_RECORDED'),
             category = 'NOT_RECORDED', received_at
)
SELECT area_code, year, dimension, category, count(*) AS children
FROM chosen
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX oversight_victim_year_key ON oversight_victim_year (area_code, year, dimension, category);

GRANT SELECT ON oversight_referral_month, oversight_missing_period, oversight_victim_year TO ${appRole};
