package uk.lantern.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Plans: started, reviewed and ended by those who work the case, each step in the ledger, with actions under them. */
class CasePlansIT extends IntegrationTestBase {

    private static LocalDate today() {
        return LocalDate.now(WorkingDayCalendar.UK);
    }

    private String plans(WorkedCase worked) {
        return "/api/v1/cases/" + worked.caseId + "/plans";
    }

    private JsonNode startSafetyPlan(WorkedCase worked) throws Exception {
        return postJson("socialworker", plans(worked), Map.of("kind", "SAFETY", "summary",
                "School escorts her to the bus; carer checks her phone contacts weekly.", "startedOn",
                today().toString(), "nextReviewOn", today().plusWeeks(4).toString()), 200);
    }

    @Test
    void aPlanIsStartedReviewedAndEndedWithALedgerEntryForEach() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Pia"), "Plancase");
        JsonNode plan = startSafetyPlan(worked);
        String planId = plan.get("id").asString();
        assertThat(plan.get("endedAt").isNull()).isTrue();
        assertThat(lastEntry("CASE", worked.caseId.toString(), "CASE_PLAN_STARTED").payload())
                .contains(planId, "SAFETY").doesNotContain("phone contacts");

        JsonNode reviewed = postJson("socialworker", plans(worked) + "/" + planId + "/reviews", Map.of("heldOn",
                today().toString(), "summary", "Going well; escorts continue.", "nextReviewOn",
                today().plusWeeks(6).toString()), 200);
        assertThat(reviewed.get("reviews").size()).isEqualTo(1);
        assertThat(reviewed.get("nextReviewOn").asString()).isEqualTo(today().plusWeeks(6).toString());
        assertThat(lastEntry("CASE", worked.caseId.toString(), "CASE_PLAN_REVIEWED").payload()).contains(planId);

        JsonNode ended = postJson("manager", plans(worked) + "/" + planId + "/end", Map.of("reason",
                "Risk reduced: stepped down."), 200);
        assertThat(ended.get("endedAt").isNull()).isFalse();
        assertThat(ended.get("endReason").asString()).isEqualTo("Risk reduced: stepped down.");
        assertThat(lastEntry("CASE", worked.caseId.toString(), "CASE_PLAN_ENDED").actor()).isEqualTo("manager");
        postJson("socialworker", plans(worked) + "/" + planId + "/reviews", Map.of("heldOn", today().toString(),
                "summary", "Late.", "nextReviewOn", today().toString()), 400);
        JsonNode underEndedPlan = postJson("socialworker", "/api/v1/cases/" + worked.caseId + "/actions", Map.of(
                "description", "Under an ended plan", "owner", directory.userNamed("socialworker").orElseThrow().id()
                        .toString(), "dueOn", today().toString(), "planId", planId), 400);
        assertThat(underEndedPlan.get("errors").get(0).get("field").asString()).isEqualTo("plan");
    }

    @Test
    void badInputNamesEachFieldAndOnePlanOfAKindIsActiveAtATime() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Pia"), "Plancase");
        JsonNode empty = postJson("socialworker", plans(worked), Map.of("startedOn", today().plusDays(3).toString(),
                "nextReviewOn", today().minusDays(1).toString()), 400);
        assertThat(empty.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("kind", "summary", "startedOn", "nextReviewOn");
        String planId = startSafetyPlan(worked).get("id").asString();
        JsonNode second = postJson("socialworker", plans(worked), Map.of("kind", "SAFETY", "summary", "Another.",
                "startedOn", today().toString(), "nextReviewOn", today().toString()), 400);
        assertThat(second.toString()).contains("already has an active safety plan");
        JsonNode review = postJson("socialworker", plans(worked) + "/" + planId + "/reviews", Map.of(), 400);
        assertThat(review.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("heldOn", "summary", "nextReviewOn");
        postJson("socialworker", plans(worked) + "/" + java.util.UUID.randomUUID() + "/end", Map.of("reason", "x"),
                400);
        postJson("socialworker", plans(worked) + "/" + planId + "/end", Map.of(), 400);
    }

    @Test
    void onlyThoseWhoMayChangeTheCaseChangeItsPlansAndOnlyItsReadersReadThem() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Pia"), "Plancase");
        String planId = startSafetyPlan(worked).get("id").asString();
        for (String refused : List.of("triage", "investigator", "referrer", "auditor", "admin")) {
            postJson(refused, plans(worked), Map.of("kind", "CHILD_PROTECTION", "summary", "x", "startedOn",
                    today().toString(), "nextReviewOn", today().toString()), 403);
            postJson(refused, plans(worked) + "/" + planId + "/end", Map.of("reason", "x"), 403);
        }
        assertThat(mvc.perform(get(plans(worked)).header("Authorization", bearer(tokenFor("investigator"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(lastEntry("CASE", worked.caseId.toString(), "RECORD_READ").payload()).contains("Case plans");
        assertThat(mvc.perform(get(plans(worked)).header("Authorization", bearer(tokenFor("referrer"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anActionCanBelongToAnActivePlanAndThePageRecordsAReviewWithGovukDates() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Pia"), "Plancase");
        String planId = startSafetyPlan(worked).get("id").asString();
        String worker = directory.userNamed("socialworker").orElseThrow().id().toString();
        JsonNode view = postJson("socialworker", "/api/v1/cases/" + worked.caseId + "/actions", Map.of("description",
                "Weekly check-in", "owner", worker, "dueOn", today().plusDays(7).toString(), "planId", planId), 200);
        assertThat(view.get("actions").valueStream().filter(action -> planId.equals(action.get("planId").asString()))
                .count()).isEqualTo(1);

        var session = signIn("socialworker");
        String prefix = "review-" + planId + "-";
        LocalDate next = today().plusWeeks(8);
        mvc.perform(post("/cases/" + worked.caseId + "/plans/" + planId + "/reviews").session(session).with(csrf())
                .param(prefix + "heldOn-day", String.valueOf(today().getDayOfMonth()))
                .param(prefix + "heldOn-month", String.valueOf(today().getMonthValue()))
                .param(prefix + "heldOn-year", String.valueOf(today().getYear()))
                .param(prefix + "summary", "Reviewed at the core group.")
                .param(prefix + "nextReviewOn-day", String.valueOf(next.getDayOfMonth()))
                .param(prefix + "nextReviewOn-month", String.valueOf(next.getMonthValue()))
                .param(prefix + "nextReviewOn-year", String.valueOf(next.getYear())));
        String page = mvc.perform(get("/cases/" + worked.caseId).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Reviewed at the core group.",
                next.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        String bad = mvc.perform(post("/cases/" + worked.caseId + "/plans/" + planId + "/reviews").session(session)
                        .with(csrf()).param(prefix + "heldOn-day", "14").param(prefix + "heldOn-month", "")
                        .param(prefix + "heldOn-year", "2026").param(prefix + "summary", "x"))
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Date of the review must include a month", "href=\"#" + prefix + "heldOn\"",
                "Enter the date of the next review");
    }
}
