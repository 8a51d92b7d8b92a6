package uk.lantern.oversight;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Referrals written straight into the tables for one area, each about one child and decided. */
record AreaRecords(JdbcClient jdbc, String area) {

    private static final long WITHIN_THE_HOUR = 3_600;
    private static final long THREE_DAYS_LATE = 3 * 86_400;

    /** {@code count} referrals received at the time, each with a new child, the first {@code onTime} decided in time. */
    void referrals(String receivedAt, int count, boolean cse, String outcome, int onTime) {
        Instant received = Instant.parse(receivedAt);
        for (int i = 0; i < count; i++) {
            UUID child = UUID.randomUUID();
            jdbc.sql("INSERT INTO child (id, first_name, surname, birth_year, sex, area_code, created_at, "
                            + "created_by) VALUES (?, 'Synthetic', 'Oversight', 2010, 'FEMALE', ?, ?, 'test')")
                    .params(child, area, Timestamp.from(received)).update();
            referral(child, received, cse, outcome, i < onTime ? WITHIN_THE_HOUR : THREE_DAYS_LATE);
        }
    }

    /** One referral about a child already recorded, received at the time and decided within the hour. */
    void referral(UUID child, String receivedAt, boolean cse, String outcome) {
        referral(child, Instant.parse(receivedAt), cse, outcome, WITHIN_THE_HOUR);
    }

    private void referral(UUID child, Instant received, boolean cse, String outcome, long decidedAfterSeconds) {
        UUID agency = jdbc.sql("SELECT id FROM agency ORDER BY name LIMIT 1").query(UUID.class).single();
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO referral (id, reference, received_at, referrer_name, referrer_agency_id,
                            area_code, owning_agency_id, concern, cse_concern, urgency, lawful_basis, status,
                            decision_due_at, screening_version, screening_level)
                        VALUES (?, ?, ?, 'Test referrer', ?, ?, ?, 'Synthetic concern', ?, 'ROUTINE',
                            'PUBLIC_TASK', 'DECIDED', ?, 1, 'NO_INDICATORS')""")
                .params(referral, "OVERSIGHT-" + referral, Timestamp.from(received), agency, area, agency, cse,
                        Timestamp.from(received.plusSeconds(86_400))).update();
        jdbc.sql("INSERT INTO referral_child (referral_id, child_id, position) VALUES (?, ?, 0)")
                .params(referral, child).update();
        jdbc.sql("""
                        INSERT INTO referral_decision (id, referral_id, outcome, reasons, decided_by,
                            decided_at, sign_off) VALUES (?, ?, ?, 'Synthetic', 'test', ?, 'NOT_NEEDED')""")
                .params(UUID.randomUUID(), referral, outcome,
                        Timestamp.from(received.plusSeconds(decidedAfterSeconds))).update();
    }
}
