package uk.lantern.oversight;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.lantern.oversight.MeasuresJson.texts;
import static uk.lantern.oversight.MeasuresJson.values;

/**
 * Six children and six suspects in Rutland, which no other test writes to, each recorded twice by different agencies
 * and joined by entity resolution. The oversight figures count each of them once, describe them from whichever
 * record states a characteristic, and see a child's second referral as a re-referral and their two episodes as
 * repeat missing, though each record on its own has one of each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightCountsPeopleOnceIT extends IntegrationTestBase {

    static final String RUTLAND = "E06000017";
    static final String WINDOW = "area=" + RUTLAND + "&from=2024-05-01&to=2024-06-30&by=month";
    static final int PEOPLE = 6;

    @Autowired
    OversightStatistics statistics;

    @BeforeAll
    void eachPersonRecordedTwice() {
        UUID agency = jdbc.sql("SELECT id FROM agency ORDER BY name LIMIT 1").query(UUID.class).single();
        AreaRecords rutland = new AreaRecords(jdbc, RUTLAND);
        UUID report = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO intel_report (id, reference, agency_id, area_codes, information_date,
                            grading_scheme, source_evaluation, intelligence_assessment, handling_code, report_text,
                            recorded_by, recorded_at)
                        VALUES (?, ?, ?, ARRAY[?], '2024-05-20', '3x5x2', '2', 'B', 'P', 'Synthetic report', 'test',
                            now())""")
                .params(report, "OVERSIGHT-" + report, agency, RUTLAND).update();
        for (int person = 0; person < PEOPLE; person++) {
            String childIdentity = "oversight-rutland-child-" + UUID.randomUUID();
            // The first agency records no ethnicity; the second records her as Pakistani.
            UUID firstRecord = child(person, "NOT_RECORDED", null, childIdentity);
            UUID secondRecord = child(person, "RECORDED", "PAKISTANI", childIdentity);
            rutland.referral(firstRecord, "2024-05-06T10:00:00Z", true, "ASSESSMENT");
            rutland.referral(secondRecord, "2024-06-10T10:00:00Z", true, "ASSESSMENT");
            missingEpisode(firstRecord, "2024-05-03T22:00:00Z");
            missingEpisode(secondRecord, "2024-05-20T22:00:00Z");

            String suspectIdentity = "oversight-rutland-suspect-" + UUID.randomUUID();
            suspect(report, person, "MALE", "GB", suspectIdentity);
            suspect(report, person, "NOT_KNOWN", null, suspectIdentity);
        }
        statistics.refresh(LedgerActor.system("oversight-test"));
    }

    @Test
    void aChildRecordedTwiceIsOneChildMissingRepeatedly() throws Exception {
        JsonNode view = measures();
        assertThat(values(view, "children_missing")).containsExactly("6", "0");
        assertThat(values(view, "children_missing_repeatedly")).containsExactly("6", "0");
    }

    @Test
    void herSecondReferralByAnotherAgencyIsAReReferral() throws Exception {
        JsonNode view = measures();
        assertThat(values(view, "referrals")).containsExactly("6", "6");
        assertThat(values(view, "re_referrals")).containsExactly("0", "6");
    }

    @Test
    void victimsAreCountedOnceAndDescribedFromTheRecordThatStatesIt() throws Exception {
        JsonNode ethnicity = breakdown(measures(), "victims", "ETHNICITY");
        assertThat(row(ethnicity.get("rows"), "ASIAN")).containsExactly("6");
        assertThat(row(ethnicity.get("rows"), "NOT_RECORDED")).containsExactly("0");
        assertThat(texts(ethnicity.get("totals"))).containsExactly("6");
        assertThat(row(ethnicity.get("completeness"), "RECORDED")).containsExactly("100.0");
    }

    @Test
    void suspectsAreCountedOncePerResolvedIdentity() throws Exception {
        JsonNode view = measures();
        JsonNode sex = breakdown(view, "suspects", "SEX");
        assertThat(texts(sex.get("totals"))).containsExactly("6");
        assertThat(row(sex.get("rows"), "MALE")).containsExactly("6");
        JsonNode nationality = breakdown(view, "suspects", "NATIONALITY");
        assertThat(row(nationality.get("rows"), "NOT_RECORDED")).containsExactly("0");
    }

    private UUID child(int person, String ethnicityStatus, String ethnicity, String identity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO child (id, first_name, surname, birth_year, sex, ethnicity_status, ethnicity_ons2021,
                            area_code, created_at, created_by)
                        VALUES (?, ?, 'Rutland', 2010, 'FEMALE', ?, ?, ?, now(), 'test')""")
                .params(id, "Synthetic" + (char) ('A' + person), ethnicityStatus, ethnicity, RUTLAND).update();
        resolved("CHILD", id, identity);
        return id;
    }

    private void suspect(UUID report, int person, String sex, String nationality, String identity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO person (id, first_name, surname, birth_year, sex, nationality, created_at,
                            created_by)
                        VALUES (?, ?, 'Rutland', 1985, ?, ?, now(), 'test')""")
                .params(id, "Suspect" + (char) ('A' + person), sex, nationality).update();
        jdbc.sql("INSERT INTO intel_subject (id, report_id, subject_type, subject_id, subject_role) "
                + "VALUES (?, ?, 'PERSON', ?, 'SUSPECT')").params(UUID.randomUUID(), report, id).update();
        resolved("PERSON", id, identity);
    }

    private void resolved(String kind, UUID record, String identity) {
        jdbc.sql("INSERT INTO resolved_record (kind, record_id, identity_id, resolved_at) VALUES (?, ?, ?, now())")
                .params(kind, record, identity).update();
    }

    private void missingEpisode(UUID child, String reportedAt) {
        jdbc.sql("INSERT INTO missing_episode (id, child_id, reported_missing_at, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, 'test', now())")
                .params(UUID.randomUUID(), child, Timestamp.from(Instant.parse(reportedAt))).update();
    }

    private JsonNode measures() throws Exception {
        return json(mvc.perform(get("/api/v1/oversight/measures?" + WINDOW)
                        .header("Authorization", bearer(tokenFor("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode breakdown(JsonNode view, String population, String dimension) {
        for (JsonNode breakdown : view.get("demographics")) {
            if (breakdown.get("population").asString().equals(population)
                    && breakdown.get("dimension").asString().equals(dimension)) {
                assertThat(breakdown.get("years").toString()).isEqualTo("[\"2024\"]");
                return breakdown;
            }
        }
        throw new AssertionError("no breakdown of " + population + " by " + dimension);
    }

    private static List<String> row(JsonNode rows, String category) {
        for (JsonNode row : rows) {
            if (row.get("category").asString().equals(category)) {
                return texts(row.get("values"));
            }
        }
        throw new AssertionError("no row " + category);
    }

}
