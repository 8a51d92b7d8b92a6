package uk.lantern.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CaseworkIT extends IntegrationTestBase {

    @Autowired
    WorkingDayCalendar calendar;

    /** A referral decided for assessment, and the case it opened. */
    private String[] referralAndCase(String decision) throws Exception {
        JsonNode receipt = submitReferral(tokenFor("referrer"), "Tia", true, "URGENT");
        String referralId = receipt.get("id").asString();
        mvc.perform(post("/api/v1/referrals/" + referralId + "/decision")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("outcome", decision, "reasons", "Exploitation risk."))))
                .andExpect(status().isOk());
        String opened = ledger.latest(30).stream().filter(entry -> entry.action().equals("CASE_OPENED")
                        && entry.payload().contains(receipt.get("reference").asString()))
                .findFirst().orElseThrow().subjectId();
        return new String[] {referralId, opened};
    }

    private JsonNode postJson(String token, String path, Object body) throws Exception {
        return json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aCaseRunsFromReferralToClosureAndTheReferrerIsToldTheOutcome() throws Exception {
        String[] ids = referralAndCase("STRATEGY_DISCUSSION");
        String caseId = ids[1];
        String manager = tokenFor("manager");
        JsonNode opened = json(mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", bearer(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Instant receivedAt = Instant.parse(json(mvc.perform(get("/api/v1/referrals/" + ids[0])
                        .header("Authorization", bearer(manager))).andReturn().getResponse().getContentAsString())
                .get("receivedAt").asString());
        assertThat(Instant.parse(opened.get("assessment").get("dueAt").asString()))
                .isEqualTo(calendar.addWorkingDays(receivedAt, 45));

        String workerId = directory.userNamed("socialworker").orElseThrow().id().toString();
        postJson(manager, "/api/v1/cases/" + caseId + "/assignment", Map.of("worker", workerId));
        String worker = tokenFor("socialworker");
        JsonNode afterStrategy = postJson(worker, "/api/v1/cases/" + caseId + "/strategy-discussions", Map.of(
                "heldOn", LocalDate.now(WorkingDayCalendar.UK).toString(), "decision", "SECTION_47_ENQUIRY",
                "attendees", List.of(
                        Map.of("name", "Sam Socialworker", "agencyName", "Rochdale Children's Social Care (demo)"),
                        Map.of("name", "Ivy Investigator", "agencyName", "Greater Manchester Police (demo)"),
                        Map.of("name", "Nurse Example", "agencyName", "Rochdale Health Trust (demo)"))));
        assertThat(afterStrategy.get("strategyDiscussions").get(0).get("attendees").size()).isEqualTo(3);
        Instant heldAt = Instant.parse(afterStrategy.get("strategyDiscussions").get(0).get("heldAt").asString());
        assertThat(Instant.parse(afterStrategy.get("conference").get("dueAt").asString()))
                .isEqualTo(calendar.addWorkingDays(heldAt, 15));

        postJson(worker, "/api/v1/cases/" + caseId + "/section-47", Map.of("conferenceNeeded", true,
                "summary", "Evidence of exploitation by adults outside the family."));
        postJson(worker, "/api/v1/cases/" + caseId + "/conference", Map.of("heldOn",
                LocalDate.now(WorkingDayCalendar.UK).toString(), "planMade", true));
        JsonNode withAction = postJson(worker, "/api/v1/cases/" + caseId + "/actions", Map.of("description",
                "Safety planning visit with Tia", "owner", workerId,
                "dueOn", LocalDate.now(WorkingDayCalendar.UK).plusDays(7).toString()));
        String actionId = withAction.get("actions").get(0).get("id").asString();
        postJson(worker, "/api/v1/cases/" + caseId + "/actions/" + actionId + "/completion", Map.of());
        postJson(worker, "/api/v1/cases/" + caseId + "/assessment", Map.of("summary", "Assessment complete.",
                "factors", List.of("11A", "10A")));
        JsonNode closed = postJson(worker, "/api/v1/cases/" + caseId + "/closure", Map.of("outcome",
                "CHILD_PROTECTION_PLAN", "summary", "Plan in place; case transfers to the child protection team."));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");

        mvc.perform(get("/api/v1/referrals/" + ids[0]).header("Authorization", bearer(tokenFor("referrer"))))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("Child protection plan"))
                .andExpect(jsonPath("$.timeline[*].label").value(org.hamcrest.Matchers.hasItem(
                        "Case closed and outcome recorded")));
        for (String action : List.of("CASE_OPENED", "CASE_ASSIGNED", "STRATEGY_DISCUSSION_RECORDED",
                "SECTION_47_STARTED", "SECTION_47_COMPLETED", "CONFERENCE_HELD", "CASE_ACTION_ADDED",
                "CASE_ACTION_COMPLETED", "ASSESSMENT_COMPLETED", "CASE_CLOSED")) {
            assertThat(lastEntry("CASE", caseId, action)).as(action).isNotNull();
        }
    }

    @Test
    void theChronologyComesFromTheLedgerWithEachEntrysHashAndExportsAsPdf() throws Exception {
        String[] ids = referralAndCase("ASSESSMENT");
        String token = tokenFor("triage");
        String body = mvc.perform(get("/api/v1/cases/" + ids[1] + "/chronology").header("Authorization",
                        bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode entries = json(body);
        assertThat(entries.size()).isGreaterThanOrEqualTo(4);
        List<String> events = entries.valueStream().map(entry -> entry.get("event").asString()).toList();
        assertThat(events).anySatisfy(event -> assertThat(event).startsWith("Referral LAN-").contains(" received ("))
                .anySatisfy(event -> assertThat(event).startsWith("Referral decided: Assessment"))
                .anySatisfy(event -> assertThat(event).startsWith("Case CASE-").contains(" opened for assessment"))
                .anySatisfy(event -> assertThat(event).startsWith("Child's record created for "));
        for (JsonNode entry : entries) {
            LedgerEntryView stored = ledger.latest(200).stream()
                    .filter(candidate -> candidate.leafHash().equals(entry.get("hash").asString())).findFirst()
                    .orElseThrow();
            if (!entry.get("sequence").isNull()) {
                assertThat(entry.get("sequence").asLong()).isEqualTo(stored.sequence());
            }
        }
        byte[] pdf = mvc.perform(get("/api/v1/cases/" + ids[1] + "/chronology.pdf")
                        .header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String html = mvc.perform(get("/api/v1/cases/" + ids[1] + "/chronology.html")
                        .header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(entries.get(0).get("hash").asString());
    }

    @Test
    void onlyTheAssignedWorkerAndTheAreaSeeACase() throws Exception {
        String[] ids = referralAndCase("ASSESSMENT");
        for (String allowed : List.of("triage", "manager")) {
            mvc.perform(get("/api/v1/cases/" + ids[1]).header("Authorization", bearer(tokenFor(allowed))))
                    .andExpect(status().isOk());
        }
        for (String refused : List.of("referrer", "socialworker", "triage.oldham", "auditor", "admin")) {
            mvc.perform(get("/api/v1/cases/" + ids[1]).header("Authorization", bearer(tokenFor(refused))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/cases/" + ids[1] + "/assessment").header("Authorization",
                        bearer(tokenFor("socialworker"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStrategyDiscussionNeedsTwoAgencies() throws Exception {
        String[] ids = referralAndCase("STRATEGY_DISCUSSION");
        mvc.perform(post("/api/v1/cases/" + ids[1] + "/strategy-discussions")
                        .header("Authorization", bearer(tokenFor("manager"))).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("heldOn", "2031-01-01", "decision", "WHATEVER",
                                "attendees", List.of(Map.of("name", "Only Me", "agencyName", "Social care"))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "heldOn", "decision", "attendees")));
    }

    @Test
    void aChildsRecordIsReadWithPurposeAndVoidedNotDeleted() throws Exception {
        String referralId = submitReferral(tokenFor("referrer"), "Una", false, "ROUTINE").get("id").asString();
        String childId = json(mvc.perform(get("/api/v1/referrals/" + referralId)
                        .header("Authorization", bearer(tokenFor("triage"))))
                .andReturn().getResponse().getContentAsString()).get("children").get(0).get("id").asString();
        mvc.perform(get("/api/v1/children/" + childId).header("Authorization", bearer(tokenFor("referrer"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.child.firstName").value("Una"));
        assertThat(lastEntry("CHILD", childId, "RECORD_READ").payload()).contains("REFERRED");
        mvc.perform(get("/api/v1/children/" + childId).header("Authorization", bearer(tokenFor("referrer.oldham"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/children/" + childId + "/void").header("Authorization",
                        bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Duplicate of an earlier record\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.voidReason").value("Duplicate of an earlier record"));
        mvc.perform(get("/api/v1/children/" + childId).header("Authorization", bearer(tokenFor("triage"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.child.voidedAt").isNotEmpty());
        assertThat(lastEntry("CHILD", childId, "CHILD_VOIDED").actor()).isEqualTo("triage");
    }
}
