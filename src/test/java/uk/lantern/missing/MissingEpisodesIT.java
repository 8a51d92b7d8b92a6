package uk.lantern.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import uk.lantern.deadline.DeadlineKind;
import uk.lantern.deadline.Deadlines;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MissingEpisodesIT extends IntegrationTestBase {

    @Autowired
    Deadlines deadlines;

    private String childFromReferral(String firstName) throws Exception {
        String referralId = submitReferral(tokenFor("referrer"), firstName, true, "URGENT").get("id").asString();
        return json(mvc.perform(get("/api/v1/referrals/" + referralId).header("Authorization",
                        bearer(tokenFor("triage"))))
                .andReturn().getResponse().getContentAsString()).get("children").get(0).get("id").asString();
    }

    private JsonNode record(String token, String childId, Map<String, Object> body) throws Exception {
        return json(mvc.perform(post("/api/v1/children/" + childId + "/missing-episodes")
                        .header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aReturnStartsASeventyTwoHourInterviewClockThatEscalatesWhenMissed() throws Exception {
        String childId = childFromReferral("Vera");
        Instant returned = clock.instant().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        JsonNode episode = record(tokenFor("investigator"), childId, Map.of(
                "reportedMissingAt", returned.minus(Duration.ofHours(20)).toString(),
                "lastSeenAt", returned.minus(Duration.ofHours(22)).toString(),
                "lastSeenLocation", "Outside the school gates",
                "returnedAt", returned.toString(), "foundLocation", "A flat above a takeaway on Drake Street",
                "foundWith", "Two adult men", "vehiclesSeen", List.of("ma19 xkt")));
        String episodeId = episode.get("id").asString();
        assertThat(Instant.parse(episode.get("interview").get("dueAt").asString()))
                .isEqualTo(returned.plus(Duration.ofHours(72)));
        assertThat(episode.get("mentions").valueStream().map(mention -> mention.get("normalised").asString()))
                .contains("MA19XKT", "a flat above a takeaway on drake street");
        assertThat(lastEntry("CHILD", childId, "MISSING_EPISODE_RECORDED").actor()).isEqualTo("investigator");
        assertThat(lastEntry("CHILD", childId, "CHILD_RETURNED").payload()).contains(episodeId);

        clock.advance(Duration.ofHours(72));
        sweepDeadlines();
        var clockOfTheInterview = deadlines.find("MISSING_EPISODE", episodeId, DeadlineKind.RETURN_INTERVIEW)
                .orElseThrow();
        assertThat(clockOfTheInterview.escalationLevel()).isEqualTo(1);
        assertThat(clockOfTheInterview.reference()).as("named by the day of the return, never the child")
                .isEqualTo("Return home interview after the return on " + returned.atZone(
                        uk.lantern.deadline.WorkingDayCalendar.UK).toLocalDate().format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))
                .doesNotContain("Vera");
        assertThat(deadlines.openEscalationsFor(directory.userNamed("manager").orElseThrow().id()))
                .anySatisfy(escalation -> assertThat(escalation.deadline().subjectId()).isEqualTo(episodeId));
    }

    @Test
    void aCompletedInterviewRecordsFindingsAsMentionsAndMeetsTheClock() throws Exception {
        String childId = childFromReferral("Wren");
        Instant returned = clock.instant().minus(Duration.ofHours(2));
        String episodeId = record(tokenFor("triage"), childId, Map.of(
                "reportedMissingAt", returned.minus(Duration.ofHours(10)).toString(),
                "returnedAt", returned.toString())).get("id").asString();
        String worker = tokenFor("triage");
        mvc.perform(post("/api/v1/missing-episodes/" + episodeId + "/return-interview/offer")
                        .header("Authorization", bearer(worker)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.interview.status").value("OFFERED"));
        mvc.perform(post("/api/v1/missing-episodes/" + episodeId + "/return-interview/completion")
                        .header("Authorization", bearer(worker)).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("findings",
                                "Wren said an older man called 'Kaz' drove her to Oldham.",
                                "mentions", List.of(Map.of("kind", "PERSON", "value", "Kaz"),
                                        Map.of("kind", "PHONE", "value", "07700 900123"),
                                        Map.of("kind", "VEHICLE", "value", "yx65 abc"))))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interview.status").value("COMPLETED"))
                .andExpect(jsonPath("$.mentions[?(@.kind == 'PHONE')].normalised").value("+447700900123"));
        assertThat(deadlines.find("MISSING_EPISODE", episodeId, DeadlineKind.RETURN_INTERVIEW).orElseThrow().metAt())
                .isNotNull();
        assertThat(lastEntry("CHILD", childId, "RETURN_INTERVIEW_COMPLETED").payload()).contains("\"mentions\":3");
    }

    @Test
    void aDeclinedInterviewNeedsAReason() throws Exception {
        String childId = childFromReferral("Xena");
        Instant returned = clock.instant().minus(Duration.ofHours(2));
        String episodeId = record(tokenFor("triage"), childId, Map.of(
                "reportedMissingAt", returned.minus(Duration.ofHours(5)).toString(),
                "returnedAt", returned.toString())).get("id").asString();
        mvc.perform(post("/api/v1/missing-episodes/" + episodeId + "/return-interview/decline")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/missing-episodes/" + episodeId + "/return-interview/decline")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Xena did not want to talk; offered again through her school nurse\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.interview.status").value("DECLINED"));
        assertThat(lastEntry("CHILD", childId, "RETURN_INTERVIEW_DECLINED").payload()).contains("school nurse");
    }

    @Test
    void threeEpisodesInNinetyDaysFlagTheChildsCaseForReview() throws Exception {
        String referralId = submitReferral(tokenFor("referrer"), "Yasmin", true, "URGENT").get("id").asString();
        mvc.perform(post("/api/v1/referrals/" + referralId + "/decision").header("Authorization",
                        bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"ASSESSMENT\",\"reasons\":\"Going missing with adults\"}"))
                .andExpect(status().isOk());
        JsonNode referral = json(mvc.perform(get("/api/v1/referrals/" + referralId)
                .header("Authorization", bearer(tokenFor("triage")))).andReturn().getResponse().getContentAsString());
        String childId = referral.get("children").get(0).get("id").asString();
        String token = tokenFor("investigator");
        Instant now = clock.instant();
        for (int daysAgo : new int[] {80, 40}) {
            record(token, childId, Map.of("reportedMissingAt", now.minus(Duration.ofDays(daysAgo)).toString()));
        }
        assertThat(ledger.entriesAbout("CHILD", childId)).noneMatch(entry -> entry.action().contains("REPEAT"));
        record(token, childId, Map.of("reportedMissingAt", now.minus(Duration.ofHours(3)).toString()));
        String caseId = ledger.latest(100).stream().filter(entry -> entry.action().equals("CASE_OPENED")
                        && entry.payload().contains(referral.get("reference").asString()))
                .findFirst().orElseThrow().subjectId();
        assertThat(lastEntry("CASE", caseId, "CASE_FLAGGED_FOR_REVIEW").payload())
                .contains("Repeat missing: 3 episodes in 90 days");
        mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", bearer(tokenFor("triage"))))
                .andExpect(jsonPath("$.reviewReason").value("Repeat missing: 3 episodes in 90 days"));
    }

    @Test
    void episodesAreRecordedOnlyByRolesThatMayAndWithAccessToTheChild() throws Exception {
        String childId = childFromReferral("Zara");
        String body = JSON.writeValueAsString(Map.of("reportedMissingAt", clock.instant().toString()));
        for (String refused : List.of("referrer", "analyst", "auditor", "admin", "triage.oldham")) {
            mvc.perform(post("/api/v1/children/" + childId + "/missing-episodes")
                            .header("Authorization", bearer(tokenFor(refused))).contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/children/" + childId + "/missing-episodes")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportedMissingAt\":\"" + clock.instant().plus(Duration.ofDays(1)) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reportedMissingAt"));
        mvc.perform(post("/api/v1/children/" + childId + "/missing-episodes")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportedMissingAt\":\"" + clock.instant() + "\","
                                + "\"vehiclesSeen\":[\"" + "X".repeat(101) + "\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("vehiclesSeen[0]"));
        mvc.perform(post("/api/v1/children/" + childId + "/missing-episodes")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportedMissingAt\":\"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reportedMissingAt"));
    }
}
