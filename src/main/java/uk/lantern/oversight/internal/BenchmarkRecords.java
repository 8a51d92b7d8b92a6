package uk.lantern.oversight.internal;

import java.io.PrintStream;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Area;
import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;

/**
 * Fills an empty database with synthetic referrals, decisions, missing episodes and return home interviews spread over
 * every local authority and five years, for the oversight benchmark. It writes straight into the tables in bulk (the
 * services would take hours for millions of records) and records the load as one ledger entry. It refuses a database
 * that already holds referrals, so that it can never mix invented records with real ones.
 */
@Component
class BenchmarkRecords {

    static final int BATCH = 250_000;

    private final JdbcClient jdbc;
    private final Areas areas;
    private final Ledger ledger;

    BenchmarkRecords(JdbcClient jdbc, Areas areas, Ledger ledger) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.ledger = ledger;
    }

    @Transactional
    void load(long referrals, long seed, PrintStream out) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM referral)").query(Boolean.class).single()) {
            throw new IllegalStateException("The database already holds referrals: the benchmark needs an empty one "
                    + "(give it a fresh --lantern.data-dir)");
        }
        String[] authorities = areas.ofType(AreaType.LOCAL_AUTHORITY).stream().map(Area::code)
                .toArray(String[]::new);
        UUID agency = UUID.randomUUID();
        jdbc.sql("INSERT INTO agency (id, name, agency_type, area_code, created_at) VALUES (?, ?, ?, ?, now())")
                .params(agency, "Benchmark children's social care (synthetic)", "CHILDRENS_SOCIAL_CARE",
                        authorities[0]).update();
        jdbc.sql("SELECT setseed(?)").param(1.0 / (1 + Math.abs(seed % 1000))).query(row -> { });
        long children = Math.max(1, referrals * 2 / 5);
        insertChildren(children, authorities);
        resolveChildren();
        out.printf("%,d synthetic children, one in ten recorded twice and resolved together%n", children);
        for (long first = 1; first <= referrals; first += BATCH) {
            insertReferrals(first, Math.min(referrals, first + BATCH - 1), children, agency, authorities);
            out.printf("%,d referrals%n", Math.min(referrals, first + BATCH - 1));
        }
        long episodes = referrals / 5;
        insertMissingEpisodes(episodes, children);
        out.printf("%,d missing episodes with return home interviews%n", episodes);
        ledger.append(new LedgerRecord(LedgerActor.system("oversight-benchmark"), "BENCHMARK_RECORDS_LOADED",
                "BENCHMARK", agency.toString(), Map.of("referrals", referrals, "children", children,
                "missingEpisodes", episodes, "seed", seed)));
    }

    /**
     * Entity resolution's result, as the summaries read it: every child record resolved, and two records in every ten
     * joined into one identity, as a child recorded by two agencies is.
     */
    private void resolveChildren() {
        jdbc.sql("""
                        INSERT INTO resolved_record (kind, record_id, identity_id, resolved_at)
                        SELECT 'CHILD', id, CASE WHEN n % 10 < 2 THEN 'benchmark-pair-' || (n / 10) ELSE id::text END,
                               now()
                        FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM child) AS numbered""").update();
    }

    private void insertChildren(long children, String[] authorities) {
        jdbc.sql("""
                        INSERT INTO child (id, first_name, surname, birth_year, sex, ethnicity_status,
                                           ethnicity_ons2021, nationality, area_code, created_at, created_by)
                        SELECT gen_random_uuid(), 'Synthetic', 'Child ' || g, 2008 + (random() * 12)::int,
                               (ARRAY ['FEMALE', 'FEMALE', 'MALE', 'NOT_KNOWN'])[1 + (random() * 3)::int],
                               CASE WHEN random() < 0.6 THEN 'RECORDED' WHEN random() < 0.5 THEN 'NOT_STATED'
                                    ELSE 'NOT_RECORDED' END,
                               (ARRAY ['WHITE_BRITISH', 'PAKISTANI', 'OTHER_WHITE', 'WHITE_AND_BLACK_CARIBBEAN',
                                       'AFRICAN', 'BANGLADESHI'])[1 + (random() * 5)::int],
                               CASE WHEN random() < 0.8 THEN 'GB' WHEN random() < 0.5 THEN 'PL' END,
                               (?::text[])[1 + (g % cardinality(?::text[]))], now(), 'oversight-benchmark'
                        FROM generate_series(1, ?) AS g""")
                .params(authorities, authorities, children).update();
        // Ethnicity is only kept where it is recorded.
        jdbc.sql("UPDATE child SET ethnicity_ons2021 = NULL WHERE ethnicity_status <> 'RECORDED'").update();
        jdbc.sql("CREATE TEMPORARY TABLE benchmark_child ON COMMIT DROP AS "
                + "SELECT row_number() OVER (ORDER BY created_at, id) AS n, id, area_code FROM child").update();
        jdbc.sql("CREATE INDEX ON benchmark_child (n)").update();
    }

    private void insertReferrals(long first, long last, long children, UUID agency, String[] authorities) {
        jdbc.sql("""
                        CREATE TEMPORARY TABLE benchmark_referral ON COMMIT DROP AS
                        SELECT gen_random_uuid() AS id, g,
                               timestamptz '2021-01-01' + random() * interval '1825 days' AS received_at,
                               1 + (random() * (? - 1))::bigint AS child_n,
                               random() < 0.2 AS cse, random() AS decision_roll
                        FROM generate_series(?, ?) AS g""")
                .params(children, first, last).update();
        jdbc.sql("""
                        INSERT INTO referral (id, reference, received_at, referrer_name, referrer_agency_id, area_code,
                                              owning_agency_id, concern, cse_concern, urgency, lawful_basis, status,
                                              decision_due_at, screening_version, screening_level)
                        SELECT b.id, 'BENCH-' || b.g, b.received_at, 'Synthetic referrer', ?, c.area_code, ?,
                               'Synthetic concern for the benchmark', b.cse, 'ROUTINE', 'PUBLIC_TASK',
                               CASE WHEN b.decision_roll < 0.95 THEN 'DECIDED' ELSE 'AWAITING_DECISION' END,
                               b.received_at + interval '1 day', 1,
                               CASE WHEN b.cse THEN 'MEDIUM' ELSE 'NO_INDICATORS' END
                        FROM benchmark_referral b JOIN benchmark_child c ON c.n = b.child_n""")
                .params(agency, agency).update();
        jdbc.sql("""
                        INSERT INTO referral_child (referral_id, child_id, position)
                        SELECT b.id, c.id, 0 FROM benchmark_referral b JOIN benchmark_child c ON c.n = b.child_n""")
                .update();
        jdbc.sql("""
                        INSERT INTO referral_decision (id, referral_id, outcome, reasons, decided_by, decided_at,
                                                       sign_off)
                        SELECT gen_random_uuid(), b.id,
                               (ARRAY ['NO_FURTHER_ACTION', 'INFORMATION_AND_ADVICE', 'EARLY_HELP', 'ASSESSMENT',
                                       'STRATEGY_DISCUSSION'])[1 + (random() * 4)::int],
                               'Synthetic decision', 'oversight-benchmark',
                               b.received_at + random() * interval '36 hours', 'NOT_NEEDED'
                        FROM benchmark_referral b WHERE b.decision_roll < 0.95""")
                .update();
        jdbc.sql("DROP TABLE benchmark_referral").update();
    }

    private void insertMissingEpisodes(long episodes, long children) {
        jdbc.sql("""
                        CREATE TEMPORARY TABLE benchmark_episode ON COMMIT DROP AS
                        SELECT gen_random_uuid() AS id, c.id AS child_id, e.missing_at
                        FROM (SELECT 1 + (random() * (? - 1))::bigint AS child_n,
                                     timestamptz '2021-01-01' + random() * interval '1825 days' AS missing_at
                              FROM generate_series(1, ?)) AS e
                        JOIN benchmark_child c ON c.n = e.child_n""")
                .params(children, episodes).update();
        jdbc.sql("""
                        INSERT INTO missing_episode (id, child_id, reported_missing_at, returned_at, recorded_by,
                                                     recorded_at)
                        SELECT id, child_id, missing_at, missing_at + interval '20 hours', 'oversight-benchmark',
                               missing_at FROM benchmark_episode""").update();
        jdbc.sql("""
                        INSERT INTO return_interview (episode_id, due_at, status, completed_at)
                        SELECT id, missing_at + interval '92 hours', 'COMPLETED',
                               missing_at + interval '20 hours' + random() * interval '120 hours'
                        FROM benchmark_episode""").update();
    }
}
