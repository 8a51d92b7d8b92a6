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

/** Actions owned by people picked by name, and closure offered and allowed only once nothing is left open. */
class ActionOwnersAndClosureIT extends IntegrationTestBase {

    private String id(String username) {
        return directory.userNamed(username).orElseThrow().id().toString();
    }

    private static String tomorrow() {
        return LocalDate.now(WorkingDayCalendar.UK).plusDays(1).toString();
    }

    @Test
    void theOwnersOfferedAreThoseWhoMayReadTheCaseByNameAndTheReadIsLogged() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Orla"), "Ownercase");
        JsonNode owners = json(mvc.perform(get("/api/v1/cases/" + worked.caseId + "/action-owners")
                        .header("Authorization", bearer(tokenFor("socialworker"))))
                .andReturn().getResponse().getContentAsString());
        List<String> names = owners.valueStream().map(owner -> owner.get("displayName").asString()).toList();
        assertThat(names).contains("Sam Socialworker (demo)", "Morgan Manager (demo)", "Tariq Triage (demo)",
                "Ivy Investigator (demo)").doesNotContain("Rosa Referrer (demo)", "Aud Auditor (demo)",
                "Adi Administrator (demo)", "Orla Triage (demo)", "Rhys Investigator (demo)");
        assertThat(names.indexOf("Morgan Manager (demo)")).as("the owning team first")
                .isLessThan(names.indexOf("Ivy Investigator (demo)"));
        assertThat(lastEntry("CASE", worked.caseId.toString(), "RECORD_READ").payload())
                .contains("Choosing an action's owner");
    }

    @Test
    void anActionIsGivenToAnOwnerByNameAndTheLedgerNamesThem() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Orla"), "Ownercase");
        JsonNode view = postJson("socialworker", "/api/v1/cases/" + worked.caseId + "/actions", Map.of(
                "description", "Check the taxi firm's bookings", "owner", id("investigator"), "dueOn", tomorrow()),
                200);
        assertThat(view.get("actions").valueStream().map(action -> action.get("owner").asString()))
                .contains("Ivy Investigator (demo)");
        assertThat(lastEntry("CASE", worked.caseId.toString(), "CASE_ACTION_ADDED").payload())
                .contains(id("investigator"));
        assertThat(applicationContext.getBean(uk.lantern.notification.Notifications.class)
                .inbox(directory.userNamed("investigator").orElseThrow().id(), 50).stream()
                .anyMatch(notice -> notice.subject().equals("An action on case " + worked.reference + " for you")
                        && notice.link().equals("/cases/" + worked.caseId))).as("the owner is told").isTrue();

        JsonNode refused = postJson("socialworker", "/api/v1/cases/" + worked.caseId + "/actions", Map.of(
                "description", "Out of area", "owner", id("investigator.rotherham"), "dueOn", tomorrow()), 400);
        assertThat(refused.toString()).contains("owner", "Choose someone who may work on this case");
        JsonNode missing = postJson("socialworker", "/api/v1/cases/" + worked.caseId + "/actions", Map.of(
                "description", "No owner", "dueOn", "2020-01-01"), 400);
        assertThat(missing.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("owner", "dueOn");
    }

    @Test
    void thePageOffersOwnersByNameAndReadsTheDueDateAsDayMonthAndYear() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Orla"), "Ownercase");
        var session = signIn("socialworker");
        String page = mvc.perform(get("/cases/" + worked.caseId).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ivy Investigator (demo), Greater Manchester Police (demo)", "id=\"dueOn-month\"");
        LocalDate due = LocalDate.now(WorkingDayCalendar.UK).plusDays(10);
        mvc.perform(post("/cases/" + worked.caseId + "/actions").session(session).with(csrf())
                .param("description", "Joint visit with police").param("owner", id("investigator"))
                .param("dueOn-day", String.valueOf(due.getDayOfMonth()))
                .param("dueOn-month", String.valueOf(due.getMonthValue()))
                .param("dueOn-year", String.valueOf(due.getYear())));
        assertThat(jdbc.sql("SELECT count(*) FROM case_action WHERE case_id = ? AND owner_user_id = ?")
                .params(worked.caseId.value(), directory.userNamed("investigator").orElseThrow().id().value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void closureIsOfferedAndAllowedOnlyWhenNothingIsLeftOpen() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Orla"), "Closecase");
        String closure = "/api/v1/cases/" + worked.caseId + "/closure";
        Map<String, String> closing = Map.of("outcome", "EARLY_HELP", "summary", "Stepped down to early help.");
        String plans = "/api/v1/cases/" + worked.caseId + "/plans";
        String plan = postJson("socialworker", plans, Map.of("kind", "SAFETY", "summary", "Safety plan with school.",
                "startedOn", LocalDate.now(WorkingDayCalendar.UK).toString(), "nextReviewOn", tomorrow()), 200)
                .get("id").asString();

        var session = signIn("socialworker");
        String page = mvc.perform(get("/cases/" + worked.caseId).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The case can close once", "Finish the open action", "End the safety plan")
                .doesNotContain(">Close the case</button>");

        JsonNode refused = postJson("socialworker", closure, closing, 400);
        assertThat(refused.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("actions", "plans");
        assertThat(ledger.entriesAbout("CASE", worked.caseId.toString()).stream()
                .filter(entry -> entry.action().equals("CASE_CLOSED"))).isEmpty();

        postJson("socialworker", "/api/v1/cases/" + worked.caseId + "/actions/" + worked.actionId + "/completion",
                Map.of(), 200);
        postJson("socialworker", plans + "/" + plan + "/end", Map.of("reason", "Risk reduced."), 200);
        assertThat(mvc.perform(get("/cases/" + worked.caseId).session(session)).andReturn().getResponse()
                .getContentAsString()).contains(">Close the case</button>").doesNotContain("The case can close once");
        assertThat(postJson("socialworker", closure, closing, 200).get("status").asString()).isEqualTo("CLOSED");
        assertThat(lastEntry("CASE", worked.caseId.toString(), "CASE_CLOSED").payload()).contains("EARLY_HELP");
    }

    @Test
    void aCaseWithoutItsAssessmentCannotClose() throws Exception {
        String referral = submitReferral(tokenFor("referrer"), unique("Ada"), true, "URGENT").get("id").asString();
        postJson("triage", "/api/v1/referrals/" + referral + "/decision", Map.of("outcome", "ASSESSMENT",
                "reasons", "Assessment needed."), 200);
        String caseId = jdbc.sql("SELECT id::text FROM child_case WHERE referral_id = ?::uuid").param(referral)
                .query(String.class).single();
        JsonNode refused = postJson("manager", "/api/v1/cases/" + caseId + "/closure", Map.of("outcome",
                "NO_FURTHER_ACTION", "summary", "Nothing further."), 400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("assessment");
        assertThat(refused.toString()).contains("Complete the assessment");
    }
}
