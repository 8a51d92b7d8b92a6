package uk.lantern.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReferralApiIT extends IntegrationTestBase {

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void aReferralIsAcknowledgedAtOnceWithAReferenceAndADecisionClock() throws Exception {
        Instant before = clock.instant();
        JsonNode receipt = submitReferral(tokenFor("referrer"), "Amelia", true, "ROUTINE");
        assertThat(receipt.get("reference").asString()).matches("LAN-\\d{4}-\\d{6}");
        assertThat(receipt.get("status").asString()).isEqualTo("AWAITING_DECISION");
        Instant due = Instant.parse(receipt.get("decisionDueAt").asString());
        assertThat(due).isAfterOrEqualTo(calendar.addWorkingDays(before, 1).minusSeconds(1))
                .isBeforeOrEqualTo(calendar.addWorkingDays(clock.instant(), 1));
        String id = receipt.get("id").asString();
        var received = lastEntry("REFERRAL", id, "REFERRAL_RECEIVED");
        assertThat(received.actor()).isEqualTo("referrer");
        assertThat(received.payload()).contains("Rochdale Children's Social Care (demo)");
        assertThat(lastEntry("REFERRAL", id, "DEADLINE_STARTED").payload()).contains("REFERRAL_DECISION");
    }

    @Test
    void theReferrerFollowsTheirReferralButOtherAreasCannotReadIt() throws Exception {
        String id = submitReferral(tokenFor("referrer"), "Bella", false, "ROUTINE").get("id").asString();
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(tokenFor("referrer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owningTeam").value("Rochdale Children's Social Care (demo)"))
                .andExpect(jsonPath("$.timeline[0].label").value("Referral received by the front door"));
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(tokenFor("referrer.oldham"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(tokenFor("triage.oldham"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.breakGlassAvailable").value(true));
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(tokenFor("investigator.rotherham"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(tokenFor("auditor"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(tokenFor("triage"))))
                .andExpect(status().isOk());
        assertThat(lastEntry("REFERRAL", id, "RECORD_READ").actor()).isEqualTo("triage");
        mvc.perform(get("/api/v1/referrals/mine").header("Authorization", bearer(tokenFor("referrer"))))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].childNames[0]").value("Bella Testchild"));
    }

    @Test
    void theQueueIsOrderedByUrgencyThenAge() throws Exception {
        String token = tokenFor("referrer");
        String routine = submitReferral(token, "Chloe", false, "ROUTINE").get("id").asString();
        String immediate = submitReferral(token, "Daisy", false, "IMMEDIATE").get("id").asString();
        String body = mvc.perform(get("/api/v1/triage/queue").header("Authorization", bearer(tokenFor("triage"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = json(body).valueStream().map(item -> item.get("id").asString()).toList();
        assertThat(ids).contains(routine, immediate);
        assertThat(ids.indexOf(immediate)).isLessThan(ids.indexOf(routine));
        String oldham = mvc.perform(get("/api/v1/triage/queue").header("Authorization",
                        bearer(tokenFor("triage.oldham"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(oldham).doesNotContain(routine);
    }

    @Test
    void aDecisionIsRecordedAndTheReferrerSeesItWithItsReasons() throws Exception {
        String id = submitReferral(tokenFor("referrer"), "Ella", true, "URGENT").get("id").asString();
        mvc.perform(post("/api/v1/referrals/" + id + "/decision").header("Authorization", bearer(tokenFor("triage")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("outcome", "STRATEGY_DISCUSSION",
                                "reasons", "Indicators of sexual exploitation: strategy discussion today."))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"));
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(tokenFor("referrer"))))
                .andExpect(jsonPath("$.decision.outcome").value("STRATEGY_DISCUSSION"))
                .andExpect(jsonPath("$.decision.reasons").value(
                        "Indicators of sexual exploitation: strategy discussion today."))
                .andExpect(jsonPath("$.timeline[*].label").value(org.hamcrest.Matchers.hasItem("Decision made")));
        assertThat(lastEntry("REFERRAL", id, "REFERRAL_DECIDED").actor()).isEqualTo("triage");
        assertThat(lastEntry("REFERRAL", id, "DEADLINE_MET").payload()).contains("\"onTime\":true");
    }

    @Test
    void noFurtherActionOnACseConcernNeedsAManagersSignOff() throws Exception {
        String id = submitReferral(tokenFor("referrer"), "Freya", true, "ROUTINE").get("id").asString();
        decide(id, "NO_FURTHER_ACTION", "Family already supported elsewhere.")
                .andExpect(jsonPath("$.status").value("AWAITING_SIGN_OFF"))
                .andExpect(jsonPath("$.decision.signOff").value("PENDING"));
        String pending = mvc.perform(get("/api/v1/referrals/awaiting-sign-off")
                        .header("Authorization", bearer(tokenFor("manager"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(pending).contains(id);
        mvc.perform(post("/api/v1/referrals/" + id + "/sign-off").header("Authorization", bearer(tokenFor("triage")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approve\":true,\"note\":\"Agreed\"}"))
                .andExpect(status().isForbidden());
        // An unanswered question is an error, not a silent "no".
        mvc.perform(post("/api/v1/referrals/" + id + "/sign-off").header("Authorization", bearer(tokenFor("manager")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Agreed\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approve"))
                .andExpect(jsonPath("$.errors[0].message").value("Select whether you agree that no further action is right"));
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(tokenFor("manager"))))
                .andExpect(jsonPath("$.status").value("AWAITING_SIGN_OFF"));
        mvc.perform(post("/api/v1/referrals/" + id + "/sign-off").header("Authorization", bearer(tokenFor("manager")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("approve", false, "note",
                                "CSE indicators need an assessment", "outcome", "ASSESSMENT",
                                "reasons", "Assessment of exploitation risk needed."))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.decision.outcome").value("ASSESSMENT"));
        assertThat(lastEntry("REFERRAL", id, "REFERRAL_NFA_REPLACED").actor()).isEqualTo("manager");
    }

    @Test
    void aManagerCanApproveNoFurtherAction() throws Exception {
        String id = submitReferral(tokenFor("referrer"), "Grace", true, "ROUTINE").get("id").asString();
        decide(id, "NO_FURTHER_ACTION", "Concern resolved: misunderstanding confirmed with school.");
        mvc.perform(post("/api/v1/referrals/" + id + "/sign-off").header("Authorization", bearer(tokenFor("manager")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true,\"note\":\"Agreed\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.signOff").value("APPROVED"))
                .andExpect(jsonPath("$.decision.outcome").value("NO_FURTHER_ACTION"));
    }

    @Test
    void noFurtherActionWithoutACseConcernIsFinalAtOnce() throws Exception {
        String id = submitReferral(tokenFor("referrer"), "Hannah", false, "ROUTINE").get("id").asString();
        decide(id, "NO_FURTHER_ACTION", "No safeguarding concern.").andExpect(jsonPath("$.status").value("DECIDED"));
        decide(id, "ASSESSMENT", "Changed my mind").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("This referral has already been decided"));
    }

    @Test
    void aReferrerMayEscalateOnlyOnceTheDeadlineHasPassed() throws Exception {
        String token = tokenFor("referrer");
        String id = submitReferral(token, "Isla", true, "ROUTINE").get("id").asString();
        escalate(token, id).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("You can escalate once the deadline has passed"));
        clock.advance(Duration.ofDays(5));
        String freshToken = tokenFor("referrer");
        escalate(freshToken, id).andExpect(status().isCreated())
                .andExpect(jsonPath("$.trigger").value("REFERRER"))
                .andExpect(jsonPath("$.level").value(1));
        escalate(tokenFor("triage"), id).andExpect(status().isForbidden());
        var entry = lastEntry("REFERRAL", id, "DEADLINE_ESCALATED");
        assertThat(entry.actor()).isEqualTo("referrer");
        assertThat(entry.payload()).contains("Nobody has replied");
        String managerId = directory.userNamed("manager").orElseThrow().id().toString();
        assertThat(entry.payload()).contains(managerId);
    }

    @Test
    void badInputNamesEachField() throws Exception {
        String token = tokenFor("referrer");
        mvc.perform(post("/api/v1/referrals").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"children\":[{\"firstName\":\"\",\"surname\":\"X\",\"dateOfBirth\":\"2011-13-40\"}],"
                                + "\"concern\":\"\",\"urgency\":\"SOMEDAY\",\"indicators\":[\"NOT_A_CODE\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "children[0].firstName", "children[0].dateOfBirth", "concern", "cseConcern",
                        "indicators[0]", "urgency")));
        mvc.perform(post("/api/v1/referrals").header("Authorization", bearer(tokenFor("investigator")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"children\":[{\"firstName\":\"Jo\",\"surname\":\"X\"}],\"concern\":\"c\","
                                + "\"cseConcern\":false,\"urgency\":\"ROUTINE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("children[0].areaCode"));
        mvc.perform(post("/api/v1/referrals").header("Authorization", bearer(tokenFor("auditor")))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPoliceReferrerNamesTheChildsAreaAndItGoesToThatFrontDoor() throws Exception {
        String body = JSON.writeValueAsString(Map.of("children", List.of(Map.of("firstName", "Jodie",
                        "surname", "Testchild", "areaCode", "E08000004")), "concern", "Found in a car at 2am.",
                "cseConcern", true, "urgency", "URGENT", "indicators", List.of("PICKED_UP_IN_CARS")));
        String response = mvc.perform(post("/api/v1/referrals").header("Authorization", bearer(tokenFor("investigator")))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json(response).get("id").asString();
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(tokenFor("triage.oldham"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owningTeam").value("Oldham Children's Social Care (demo)"));
    }

    @Test
    void theScreeningIsExplainedAndAPractitionerCanOverrideIt() throws Exception {
        String body = JSON.writeValueAsString(Map.of("children", List.of(Map.of("firstName", "Ruby",
                        "surname", "Testchild")), "concern", "Ruby is said to have a boyfriend aged 24 who picks her up.",
                "cseConcern", true, "urgency", "URGENT",
                "indicators", List.of("RELATIONSHIP_WITH_OLDER_PERSON", "PICKED_UP_IN_CARS", "MISSING_EPISODES")));
        String response = mvc.perform(post("/api/v1/referrals").header("Authorization", bearer(tokenFor("referrer")))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.languageFindings[0].matchedText").value("boyfriend"))
                .andReturn().getResponse().getContentAsString();
        String id = json(response).get("id").asString();
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(tokenFor("triage"))))
                .andExpect(jsonPath("$.screening.level").value("HIGH"))
                .andExpect(jsonPath("$.screening.indicatorSetVersion").value(1))
                .andExpect(jsonPath("$.screening.explanation").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.emptyString())));
        mvc.perform(post("/api/v1/referrals/" + id + "/screening-override")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("level", "SIGNIFICANT_HARM",
                                "narrative", "Police intelligence shows the adult is known for exploitation.",
                                "reason", "Known exploiter"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.screening.level").value("HIGH"))
                .andExpect(jsonPath("$.screening.override.level").value("SIGNIFICANT_HARM"));
        var entry = lastEntry("REFERRAL", id, "SCREENING_OVERRIDDEN");
        assertThat(entry.actor()).isEqualTo("triage");
        assertThat(entry.payload()).contains("\"computedLevel\":\"HIGH\"").contains("Known exploiter");
        mvc.perform(post("/api/v1/referrals/" + id + "/screening-override")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":\"LOW\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("narrative"));
        mvc.perform(post("/api/v1/referrals/" + id + "/screening-override")
                        .header("Authorization", bearer(tokenFor("referrer"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":\"LOW\",\"narrative\":\"n\",\"reason\":\"r\"}"))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions decide(String id, String outcome, String reasons)
            throws Exception {
        return mvc.perform(post("/api/v1/referrals/" + id + "/decision").header("Authorization",
                        bearer(tokenFor("triage")))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("outcome", outcome, "reasons", reasons))));
    }

    private org.springframework.test.web.servlet.ResultActions escalate(String token, String id) throws Exception {
        return mvc.perform(post("/api/v1/referrals/" + id + "/escalation").header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Nobody has replied and she went missing again last night\"}"));
    }
}
