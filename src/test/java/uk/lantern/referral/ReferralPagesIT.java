package uk.lantern.referral;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.ReferredChild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReferralPagesIT extends IntegrationTestBase {

    @Test
    void aReferralRaisedOnTheFormIsDecidedAndTheReferrerSeesTheDecision() throws Exception {
        MockHttpSession referrer = signIn("referrer");
        String form = mvc.perform(get("/referrals/new").session(referrer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Raise a concern about a child").contains("value=\"E08000005\" selected");

        String location = mvc.perform(post("/referrals").session(referrer).with(csrf())
                        .param("children[0].firstName", "Maya").param("children[0].surname", "Formchild")
                        .param("children[0].dateOfBirth-year", "2012").param("children[0].areaCode", "E08000005")
                        .param("concern", "Maya told her teacher an adult gives her money and lifts.")
                        .param("cseConcern", "true").param("indicators", "UNEXPLAINED_GIFTS", "PICKED_UP_IN_CARS")
                        .param("urgency", "URGENT").param("lawfulBasis", "PUBLIC_TASK"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/referrals/[0-9a-f-]{36}/acknowledgement");
        String id = location.split("/")[2];
        String acknowledgement = mvc.perform(get(location).session(referrer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(acknowledgement).contains("Referral received").contains("LAN-")
                .contains("Rochdale Children&#39;s Social Care (demo)");

        MockHttpSession triage = signIn("triage");
        String queue = mvc.perform(get("/triage").session(triage)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("Maya Formchild").contains("left");
        mvc.perform(post("/referrals/" + id + "/decision").session(triage).with(csrf())
                        .param("outcome", "ASSESSMENT").param("reasons", "An assessment of exploitation risk."))
                .andExpect(status().is3xxRedirection());

        String mine = mvc.perform(get("/referrals/mine").session(referrer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Maya Formchild").contains("Assessment");
        String page = mvc.perform(get("/referrals/" + id).session(referrer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("An assessment of exploitation risk.").contains("Decision made");
    }

    @Test
    void aReferrerEscalatesAnOverdueReferralFromItsPage() throws Exception {
        String id = submitReferral(tokenFor("referrer"), "Esme", true, "ROUTINE").get("id").asString();
        assertThat(referralPage(signIn("referrer"), id)).doesNotContain("No decision yet");

        clock.advance(Duration.ofDays(5));
        MockHttpSession referrer = signIn("referrer");
        assertThat(referralPage(referrer, id)).contains("No decision yet", "Why are you escalating?");
        String refused = mvc.perform(post("/referrals/" + id + "/escalation").session(referrer).with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Say why you are escalating");
        assertThat(ledger.entriesAbout("REFERRAL", id)).noneMatch(entry -> entry.action().equals("DEADLINE_ESCALATED"));

        mvc.perform(post("/referrals/" + id + "/escalation").session(referrer).with(csrf())
                        .param("reason", "Two weeks and no word from the front door."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "Escalated to the front door's managers."));
        var entry = lastEntry("REFERRAL", id, "DEADLINE_ESCALATED");
        assertThat(entry.actor()).isEqualTo("referrer");
        assertThat(entry.payload()).contains("Two weeks and no word from the front door.");
    }

    private String referralPage(MockHttpSession session, String id) throws Exception {
        return mvc.perform(get("/referrals/" + id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aDateOfBirthIsEnteredAsDayMonthAndYearAsGovUkAsks() throws Exception {
        String location = mvc.perform(post("/referrals").session(signIn("referrer")).with(csrf())
                        .param("children[0].firstName", "Dayta").param("children[0].surname", "Testchild")
                        .param("children[0].dateOfBirth-day", " 14 ").param("children[0].dateOfBirth-month", "May")
                        .param("children[0].dateOfBirth-year", "2011").param("children[0].areaCode", "E08000005")
                        .param("concern", "Seen getting into cars with older men.").param("cseConcern", "true")
                        .param("urgency", "URGENT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.replaceAll("^/referrals/([^/]+)/.*$", "$1");
        assertThat(mvc.perform(get("/referrals/" + id).session(signIn("triage"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("born 14 May 2011");
        String dayWithoutMonth = mvc.perform(post("/referrals").session(signIn("referrer")).with(csrf())
                        .param("children[0].firstName", "Dayta").param("children[0].surname", "Testchild")
                        .param("children[0].dateOfBirth-day", "14").param("children[0].dateOfBirth-year", "2011")
                        .param("children[0].areaCode", "E08000005").param("concern", "Concern")
                        .param("cseConcern", "true").param("urgency", "URGENT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dayWithoutMonth).contains("Date of birth must include a month").contains("value=\"14\"");
    }

    @Test
    void theFormReportsEveryProblemInAnErrorSummary() throws Exception {
        String page = mvc.perform(post("/referrals").session(signIn("referrer")).with(csrf())
                        .param("children[0].firstName", "").param("children[0].surname", "")
                        .param("children[0].dateOfBirth-day", "23").param("children[0].dateOfBirth-month", "13")
                        .param("children[0].dateOfBirth-year", "2011").param("children[0].areaCode", "E08000005")
                        .param("concern", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#children[0].firstName\"")
                .contains("href=\"#children[0].dateOfBirth\"").contains("Date of birth must be a real date")
                .contains("href=\"#concern\"")
                .contains("href=\"#cseConcern\"").contains("href=\"#urgency\"")
                .contains("id=\"children[0].firstName\"");
    }

    @Test
    void victimBlamingWordingIsPointedOutOnceAndTheAuthorDecides() throws Exception {
        MockHttpSession referrer = signIn("referrer");
        String page = mvc.perform(post("/referrals").session(referrer).with(csrf())
                        .param("children[0].firstName", "Sky").param("children[0].surname", "Formchild")
                        .param("children[0].areaCode", "E08000005")
                        .param("concern", "She is putting herself at risk with her boyfriend, who is 30.")
                        .param("cseConcern", "true").param("urgency", "URGENT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Check the wording of your concern").contains("putting herself at risk")
                .contains("I have reviewed the wording");
        mvc.perform(post("/referrals").session(referrer).with(csrf())
                        .param("children[0].firstName", "Sky").param("children[0].surname", "Formchild")
                        .param("children[0].areaCode", "E08000005")
                        .param("concern", "She is putting herself at risk with her boyfriend, who is 30.")
                        .param("cseConcern", "true").param("urgency", "URGENT").param("wordingReviewed", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aDecisionWithoutReasonsIsRefusedOnThePage() throws Exception {
        String id = submitReferral(tokenFor("referrer"), "Nina", false, "ROUTINE").get("id").asString();
        String page = mvc.perform(post("/referrals/" + id + "/decision").session(signIn("triage")).with(csrf())
                        .param("outcome", "EARLY_HELP"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Give the reasons for the decision");
    }

    @Test
    void theReferralPageLinksTheChildAndTheLinkOpensForEveryoneWhoSeesThePage() throws Exception {
        ReferredChild referred = ReferredChild.referredBy(this, "referrer", "Linkable", true);
        String childLink = "href=\"/children/" + referred.childId() + "\"";
        // The front door, and the referrer, who may read what they referred (docs/roles.md).
        for (String user : java.util.List.of("triage", "referrer")) {
            MockHttpSession session = signIn(user);
            String page = mvc.perform(get("/referrals/" + referred.referralId()).session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(user).contains(childLink);
            mvc.perform(get("/children/" + referred.childId()).session(session)).andExpect(status().isOk());
        }
    }

    @Test
    void theQueueIsCutToCseConcernsAndOrderedAsAskedAndLogsOnlyWhatItShows() throws Exception {
        ReferredChild cse = ReferredChild.referredBy(this, "referrer", "Queuecse", true);
        ReferredChild other = ReferredChild.referredBy(this, "referrer", "Queueother", false);
        MockHttpSession triage = signIn("triage");
        String onlyCse = mvc.perform(get("/triage").param("show", "cse").param("order", "NEWEST").session(triage))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(onlyCse).contains("Queuecse Testchild").doesNotContain("Queueother Testchild")
                .containsPattern("value=\"cse\"[^>]*checked");
        String logged = jdbc.sql("SELECT payload FROM ledger_entry WHERE action = 'TRIAGE_QUEUE_READ' "
                + "AND actor = 'triage' ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(logged).contains(cse.referralId()).doesNotContain(other.referralId());

        String newestFirst = mvc.perform(get("/triage").param("order", "NEWEST").session(triage))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(newestFirst.indexOf("Queueother Testchild")).as("the newer referral comes first")
                .isPositive().isLessThan(newestFirst.indexOf("Queuecse Testchild"));
        String oldestFirst = mvc.perform(get("/triage").param("order", "OLDEST").session(triage))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(oldestFirst.indexOf("Queuecse Testchild")).isPositive()
                .isLessThan(oldestFirst.indexOf("Queueother Testchild"));
    }

    @Test
    void anotherAreasReferrerIsRefusedTheReferralPage() throws Exception {
        String id = submitReferral(tokenFor("referrer"), "Olive", false, "ROUTINE").get("id").asString();
        mvc.perform(get("/referrals/" + id).session(signIn("referrer.oldham"))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals/" + java.util.UUID.randomUUID()).session(signIn("triage")))
                .andExpect(status().isNotFound());
    }
}
