package uk.lantern.missing;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MissingPagesIT extends IntegrationTestBase {

    private String child(String name) throws Exception {
        String referralId = submitReferral(tokenFor("referrer"), name, true, "URGENT").get("id").asString();
        return json(mvc.perform(get("/api/v1/referrals/" + referralId).header("Authorization",
                        bearer(tokenFor("triage"))))
                .andReturn().getResponse().getContentAsString()).get("children").get(0).get("id").asString();
    }

    @Test
    void triageRecordsAnEpisodeAndItsReturnInterviewOnThePages() throws Exception {
        String childId = child("Abi");
        MockHttpSession triage = signIn("triage");
        LocalDateTime now = LocalDateTime.now(WorkingDayCalendar.UK).withSecond(0).withNano(0);
        String location = mvc.perform(post("/children/" + childId + "/missing-episodes").session(triage).with(csrf())
                        .param("reportedMissingAt", now.minusHours(20).toString())
                        .param("returnedAt", now.minusHours(2).toString())
                        .param("foundLocation", "Bus station").param("vehicle", "BD51 SMR"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/missing-episodes/");
        String page = mvc.perform(get(location).session(triage)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Return home interview").contains("BD51SMR").contains("left")
                .as("the page says whose episode it is").contains("Abi Testchild")
                .contains("href=\"/children/" + childId + "\"");
        assertThat(mvc.perform(get("/children/" + childId + "/missing-episodes").session(triage))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Abi Testchild");

        mvc.perform(post(location + "/return-interview/completion").session(triage).with(csrf())
                        .param("findings", "Abi said a man she calls 'Taz' collected her.")
                        .param("mentionKind", "PERSON", "PHONE").param("mentionValue", "Taz", "07700 900456"))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get(location).session(triage)).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Completed").contains("+447700900456");
        assertThat(lastEntry("CHILD", childId, "RETURN_INTERVIEW_COMPLETED").actor()).isEqualTo("triage");
    }

    @Test
    void aBadTimeIsNamedOnThePage() throws Exception {
        String childId = child("Bea");
        String page = mvc.perform(post("/children/" + childId + "/missing-episodes").session(signIn("triage"))
                        .with(csrf()).param("reportedMissingAt", "last night"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#reportedMissingAt\"");
    }

    @Test
    void theEpisodePagesFollowTheChildsAccess() throws Exception {
        String childId = child("Cat");
        for (String allowed : List.of("referrer", "triage", "investigator", "analyst", "manager")) {
            mvc.perform(get("/children/" + childId + "/missing-episodes").session(signIn(allowed)))
                    .andExpect(status().isOk());
        }
        for (String refused : List.of("socialworker", "auditor", "admin", "referrer.oldham")) {
            mvc.perform(get("/children/" + childId + "/missing-episodes").session(signIn(refused)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/children/" + childId + "/missing-episodes").session(signIn("referrer")).with(csrf())
                        .param("reportedMissingAt", LocalDateTime.now(WorkingDayCalendar.UK).toString()))
                .andExpect(status().isForbidden());
    }
}
