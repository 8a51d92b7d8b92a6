package uk.lantern.casework;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import uk.lantern.notification.Notifications;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The caseload dashboard: overdue items first, a worker's own cases or the team's, allocation by a manager. */
class CaseloadIT extends IntegrationTestBase {

    private JsonNode caseload(String username) throws Exception {
        return json(mvc.perform(get("/api/v1/caseload").header("Authorization", bearer(tokenFor(username))))
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> ids(JsonNode caseload) {
        return caseload.get("cases").valueStream().map(entry -> entry.get("id").asString()).toList();
    }

    private String unallocatedCase() throws Exception {
        String referral = submitReferral(tokenFor("referrer"), unique("Una"), true, "URGENT").get("id").asString();
        postJson("triage", "/api/v1/referrals/" + referral + "/decision", Map.of("outcome", "ASSESSMENT",
                "reasons", "Assessment needed."), 200);
        return jdbc.sql("SELECT id::text FROM child_case WHERE referral_id = ?::uuid").param(referral)
                .query(String.class).single();
    }

    @Test
    void overdueItemsComeFirstAndTheTeamSeesEachWorkersLoad() throws Exception {
        WorkedCase late = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Lily"), "Latecase");
        String unallocated = unallocatedCase();
        clock.advance(Duration.ofDays(9));

        JsonNode team = caseload("manager");
        assertThat(team.get("team").asBoolean()).isTrue();
        List<String> order = ids(team);
        assertThat(order).contains(late.caseId.toString(), unallocated);
        assertThat(order.indexOf(late.caseId.toString())).isLessThan(order.indexOf(unallocated));
        boolean withoutOverdueSeen = false;
        for (JsonNode entry : team.get("cases")) {
            boolean overdue = !entry.get("overdue").isEmpty();
            assertThat(overdue && withoutOverdueSeen).as("no case with overdue items after one without").isFalse();
            withoutOverdueSeen |= !overdue;
        }
        JsonNode lateEntry = team.get("cases").get(order.indexOf(late.caseId.toString()));
        assertThat(lateEntry.get("overdue").get(0).get("description").asString())
                .isEqualTo("Action: " + WorkedCase.ACTION);
        assertThat(lateEntry.get("overdue").get(0).get("actionId").asString()).isEqualTo(late.actionId.toString());
        assertThat(team.get("workers").valueStream().filter(worker -> worker.get("displayName").asString()
                .equals("Sam Socialworker (demo)")).findFirst().orElseThrow().get("overdueItems").asInt())
                .isGreaterThanOrEqualTo(1);
        assertThat(ledger.latest(20).stream().filter(entry -> entry.action().equals("LIST_READ")
                && entry.actor().equals("manager")).findFirst().orElseThrow().payload())
                .contains("CASE/" + late.caseId, "CASE/" + unallocated);

        JsonNode own = caseload("socialworker");
        assertThat(own.get("team").asBoolean()).isFalse();
        assertThat(own.get("workers").size()).isZero();
        assertThat(ids(own)).contains(late.caseId.toString()).doesNotContain(unallocated);
        assertThat(ids(caseload("triage.oldham"))).doesNotContain(late.caseId.toString(), unallocated);
        assertThat(caseload("auditor").get("cases").size()).isZero();
    }

    @Test
    void aManagerAllocatesFromTheDashboardAndTheWorkerIsTold() throws Exception {
        String unallocated = unallocatedCase();
        var session = signIn("manager");
        assertThat(mvc.perform(get("/cases").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Open cases", "The team's social workers", "id=\"worker-" + unallocated + "\"");
        var worker = directory.userNamed("socialworker").orElseThrow();
        mvc.perform(post("/cases/" + unallocated + "/assignment").session(session).with(csrf())
                        .param("worker", worker.id().toString()).param("returnTo", "caseload"))
                .andExpect(redirectedUrl("/cases"));
        assertThat(lastEntry("CASE", unallocated, "CASE_ASSIGNED").payload()).contains("socialworker");
        assertThat(applicationContext.getBean(Notifications.class).inbox(worker.id(), 20).stream()
                .anyMatch(notice -> notice.link().equals("/cases/" + unallocated))).isTrue();
        assertThat(ids(caseload("socialworker"))).contains(unallocated);
    }

    @Test
    void aManagerClearsAnOverdueActionFromTheDashboard() throws Exception {
        WorkedCase late = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Lily"), "Latecase");
        clock.advance(Duration.ofDays(9));
        mvc.perform(post("/cases/" + late.caseId + "/actions/" + late.actionId + "/completion")
                        .session(signIn("manager")).with(csrf()).param("returnTo", "caseload"))
                .andExpect(redirectedUrl("/cases"));
        assertThat(lastEntry("CASE", late.caseId.toString(), "CASE_ACTION_COMPLETED").actor()).isEqualTo("manager");
        JsonNode team = caseload("manager");
        assertThat(team.get("cases").get(ids(team).indexOf(late.caseId.toString())).get("overdue").size()).isZero();
    }

    @Test
    void aPlanWhoseReviewDatePassedIsOverdue() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Lily"), "Reviewcase");
        String today = java.time.LocalDate.now(uk.lantern.deadline.WorkingDayCalendar.UK).toString();
        postJson("socialworker", "/api/v1/cases/" + worked.caseId + "/plans", Map.of("kind", "CHILD_PROTECTION",
                "summary", "Core group monthly.", "startedOn", today, "nextReviewOn", today), 200);
        clock.advance(Duration.ofDays(2));
        JsonNode own = caseload("socialworker");
        JsonNode entry = own.get("cases").get(ids(own).indexOf(worked.caseId.toString()));
        assertThat(entry.get("overdue").valueStream().map(item -> item.get("description").asString()))
                .contains("Review of the child protection plan");
    }
}
