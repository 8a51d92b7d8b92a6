package uk.lantern.casework.internal.retention;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The retention purge on cases worked and closed with the clock set back: cases closed thirty years ago are due
 * under the default 25-year schedule; one closed today is not. Area holds here are on Oldham, so the Rochdale cases
 * are held only by name.
 */
class RetentionPurgeIT extends IntegrationTestBase {

    private static final Duration THIRTY_ONE_YEARS = Duration.ofDays(365L * 31 + 8);
    private static final List<String> EVERY_DEMO_ROLE = List.of("referrer", "triage", "socialworker", "investigator",
            "analyst", "manager", "auditor", "admin");

    @Autowired
    RetentionSchedule schedule;

    /** A case worked thirty-one years ago and closed a year later; the clock is back to now afterwards. */
    private WorkedCase closedThirtyYearsAgo(String areaCode, String firstName) {
        clock.advance(THIRTY_ONE_YEARS.negated());
        try {
            WorkedCase worked = new WorkedCase(this, areaCode, unique(firstName), unique("Retention"));
            worked.recordVisitAndEndedPlan();
            clock.advance(Duration.ofDays(365));
            worked.close("Closure summary naming " + worked.firstName + " and what was done.");
            return worked;
        } finally {
            clock.reset();
        }
    }

    @Test
    void oldClosedCasesLoseTheirNarrativeExceptUnderAHoldUntilItIsReleased() throws Exception {
        WorkedCase unheld = closedThirtyYearsAgo(WorkedCase.ROCHDALE, "Una");
        WorkedCase heldByName = closedThirtyYearsAgo(WorkedCase.ROCHDALE, "Hope");
        WorkedCase heldByArea = closedThirtyYearsAgo(WorkedCase.OLDHAM, "Ola");
        WorkedCase recent = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Rhea"), unique("Recent"));
        recent.close("Closed today.");
        String caseHold = placeHold("auditor", "CASE", heldByName.reference);
        String areaHold = placeHold("admin", "AREA", WorkedCase.OLDHAM);
        long actionRows = jdbc.sql("SELECT count(*) FROM case_action").query(Long.class).single();

        JsonNode run = purge("admin", 200);
        assertThat(strings(run.get("purgedCases"))).contains(unheld.reference)
                .doesNotContain(heldByName.reference, heldByArea.reference, recent.reference);
        JsonNode withheld = run.get("withheldCases");
        assertThat(withheld.valueStream().map(item -> item.get("reference").asString()))
                .contains(heldByName.reference, heldByArea.reference).doesNotContain(unheld.reference);
        assertThat(holdsOf(withheld, heldByName.reference)).containsExactly(caseHold);
        assertThat(holdsOf(withheld, heldByArea.reference)).containsExactly(areaHold);
        assertThat(run.get("purged").asInt()).isEqualTo(run.get("purgedCases").size()).isGreaterThanOrEqualTo(1);
        assertThat(run.get("withheld").asInt()).isEqualTo(withheld.size()).isGreaterThanOrEqualTo(2);
        assertThat(run.get("retainAfterClosure").asString()).isEqualTo("P25Y");

        assertPurged(unheld);
        assertIntact(heldByName);
        assertIntact(heldByArea);
        assertIntact(recent);
        assertThat(jdbc.sql("SELECT count(*) FROM case_action").query(Long.class).single())
                .as("nothing is deleted").isEqualTo(actionRows);

        // Closure, assessment, strategy notes and the action; the visit's text and who was seen; the plan's summary,
        // its end reason and its review.
        LedgerEntryView purged = lastEntry("CASE", unheld.caseId.toString(), "RETENTION_PURGED");
        assertThat(purged.actor()).isEqualTo("admin");
        assertThat(purged.payload()).contains("\"reference\":\"" + unheld.reference + "\"",
                "\"retainAfterClosure\":\"P25Y\"", "\"fieldsRedacted\":9");
        for (WorkedCase kept : List.of(heldByName, heldByArea, recent)) {
            assertThat(ledger.entriesAbout("CASE", kept.caseId.toString())).extracting(LedgerEntryView::action)
                    .doesNotContain("RETENTION_PURGED");
        }
        LedgerEntryView runEntry = lastEntry("RETENTION_PURGE", run.get("id").asString(), "RETENTION_PURGE_RUN");
        assertThat(runEntry.actor()).isEqualTo("admin");
        assertThat(json(runEntry.payload()).get("purged").asInt()).isEqualTo(run.get("purged").asInt());
        assertThat(json(runEntry.payload()).get("withheld").asInt()).isEqualTo(run.get("withheld").asInt());

        release(caseHold);
        release(areaHold);
        schedule.daily();
        assertPurged(heldByName);
        assertPurged(heldByArea);
        assertIntact(recent);
        for (WorkedCase released : List.of(heldByName, heldByArea)) {
            assertThat(lastEntry("CASE", released.caseId.toString(), "RETENTION_PURGED").actor())
                    .isEqualTo("system:retention-purge");
        }
        LedgerEntryView scheduledRun = ledger.latest(50).stream()
                .filter(entry -> entry.action().equals("RETENTION_PURGE_RUN")).findFirst().orElseThrow();
        assertThat(scheduledRun.actor()).isEqualTo("system:retention-purge");
        assertThat(json(scheduledRun.payload()).get("purged").asInt()).isGreaterThanOrEqualTo(2);

        JsonNode again = purge("admin", 200);
        assertThat(strings(again.get("purgedCases"))).doesNotContain(unheld.reference, heldByName.reference,
                heldByArea.reference);
        assertThat(ledger.entriesAbout("CASE", unheld.caseId.toString())).extracting(LedgerEntryView::action)
                .filteredOn("RETENTION_PURGED"::equals).hasSize(1);
    }

    @Test
    void aHoldPlacedWhileACaseIsDueKeepsItWithheldRunAfterRun() throws Exception {
        WorkedCase held = closedThirtyYearsAgo(WorkedCase.ROCHDALE, "Ivy");
        String hold = placeHold("auditor", "CASE", held.reference);
        try {
            for (int run = 0; run < 2; run++) {
                JsonNode result = purge("admin", 200);
                assertThat(strings(result.get("purgedCases"))).doesNotContain(held.reference);
                assertThat(result.get("withheldCases").valueStream().map(item -> item.get("reference").asString()))
                        .contains(held.reference);
            }
            assertIntact(held);
        } finally {
            release(hold);
        }
    }

    @Test
    void onlyAdministratorsRunThePurge() throws Exception {
        for (String user : EVERY_DEMO_ROLE) {
            purge(user, user.equals("admin") ? 200 : 403);
        }
        mvc.perform(post("/api/v1/admin/retention/purge")).andExpect(status().isUnauthorized());
    }

    private void assertPurged(WorkedCase worked) {
        Map<String, Object> row = caseRow(worked);
        assertThat(row.get("purged_at")).as(worked.reference + " purged").isNotNull();
        assertThat(row.get("closure_summary")).isEqualTo(RetentionRepository.REDACTION_MARKER);
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(row.get("outcome")).as("outcome codes stay").isEqualTo("CHILD_PROTECTION_PLAN");
        assertThat(row.get("closed_at")).as("dates stay").isNotNull();
        assertThat(row.get("reference")).isEqualTo(worked.reference);
        assertThat(text("SELECT summary FROM assessment WHERE case_id = ?", worked))
                .isEqualTo(RetentionRepository.REDACTION_MARKER);
        assertThat(text("SELECT notes FROM strategy_discussion WHERE case_id = ?", worked))
                .isEqualTo(RetentionRepository.REDACTION_MARKER);
        assertThat(text("SELECT decision FROM strategy_discussion WHERE case_id = ?", worked))
                .as("decision codes stay").isEqualTo("CHILD_IN_NEED_ASSESSMENT");
        assertThat(text("SELECT description FROM case_action WHERE case_id = ?", worked))
                .isEqualTo(RetentionRepository.REDACTION_MARKER);
        assertThat(text("SELECT text || '|' || with_whom FROM case_entry WHERE case_id = ?", worked))
                .isEqualTo(RetentionRepository.REDACTION_MARKER + "|" + RetentionRepository.REDACTION_MARKER);
        assertThat(text("SELECT summary || '|' || end_reason FROM case_plan WHERE case_id = ?", worked))
                .isEqualTo(RetentionRepository.REDACTION_MARKER + "|" + RetentionRepository.REDACTION_MARKER);
        assertThat(text("SELECT r.summary FROM case_plan_review r JOIN case_plan p ON p.id = r.plan_id "
                + "WHERE p.case_id = ?", worked)).isEqualTo(RetentionRepository.REDACTION_MARKER);
        assertThat(text("SELECT array_to_string(factors, ',') FROM assessment WHERE case_id = ?", worked))
                .as("factor codes stay").isEqualTo("11A,10A");
        assertThat(jdbc.sql("SELECT count(*) FROM case_child WHERE case_id = ?").param(worked.caseId.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(ledger.entriesAbout("CASE", worked.caseId.toString())).extracting(LedgerEntryView::payload)
                .as("the ledger holds digests of the narrative, never the text")
                .noneMatch(payload -> payload.contains(worked.firstName) || payload.contains(WorkedCase.ACTION)
                        || payload.contains("taxi") || payload.contains("Willow House") || payload.contains("escorts"));
    }

    private void assertIntact(WorkedCase worked) {
        Map<String, Object> row = caseRow(worked);
        assertThat(row.get("purged_at")).as(worked.reference + " not purged").isNull();
        assertThat((String) row.get("closure_summary")).isNotEqualTo(RetentionRepository.REDACTION_MARKER)
                .containsAnyOf("Closure summary naming " + worked.firstName, "Closed today");
        assertThat(text("SELECT summary FROM assessment WHERE case_id = ?", worked))
                .isEqualTo(WorkedCase.ASSESSMENT_SUMMARY);
        assertThat(text("SELECT notes FROM strategy_discussion WHERE case_id = ?", worked))
                .isEqualTo(WorkedCase.STRATEGY_NOTES);
        assertThat(text("SELECT description FROM case_action WHERE case_id = ?", worked)).isEqualTo(WorkedCase.ACTION);
    }

    private Map<String, Object> caseRow(WorkedCase worked) {
        return jdbc.sql("SELECT reference, status, outcome, closure_summary, closed_at, purged_at FROM child_case "
                + "WHERE id = ?").param(worked.caseId.value()).query().singleRow();
    }

    private String text(String sql, WorkedCase worked) {
        return jdbc.sql(sql).param(worked.caseId.value()).query(String.class).single();
    }

    private JsonNode purge(String user, int expectedStatus) throws Exception {
        String body = mvc.perform(post("/api/v1/admin/retention/purge").header("Authorization",
                        bearer(tokenFor(user))))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        return expectedStatus == 200 ? json(body) : null;
    }

    private String placeHold(String user, String scope, String reference) throws Exception {
        return json(mvc.perform(post("/api/v1/legal-holds").header("Authorization", bearer(tokenFor(user)))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of(
                                "scope", scope, "reference", reference, "reason", "Inquiry into " + reference))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private void release(String hold) throws Exception {
        mvc.perform(post("/api/v1/legal-holds/" + hold + "/release").header("Authorization", bearer(tokenFor("admin")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("reason", "The inquiry has reported"))))
                .andExpect(status().isOk());
    }

    private static List<String> holdsOf(JsonNode withheld, String reference) {
        return withheld.valueStream().filter(item -> item.get("reference").asString().equals(reference))
                .findFirst().orElseThrow().get("holds").valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
