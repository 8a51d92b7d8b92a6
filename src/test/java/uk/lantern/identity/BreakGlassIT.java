package uk.lantern.identity;

import java.util.List;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.PageLinks;
import uk.lantern.support.ReferredChild;
import uk.lantern.support.TestRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class BreakGlassIT extends IntegrationTestBase {

    private static final String ROCHDALE = "E08000005";

    @Autowired
    AccessPolicy accessPolicy;

    private ProtectedRecord rochdaleChild() {
        return testRecords.add(unique("child-"), ROCHDALE,
                Set.of(agency("Rochdale Children's Social Care (demo)").id()), Set.of(), Set.of());
    }

    @Test
    void aReadInScopeIsLoggedWithItsPurpose() {
        Actor triage = actorOf(directory.userNamed("triage").orElseThrow());
        ProtectedRecord child = rochdaleChild();
        accessPolicy.authoriseRead(triage, child, "Deciding the referral");
        var entry = lastEntry(TestRecords.TYPE, child.ref().id(), "RECORD_READ");
        assertThat(entry.actor()).isEqualTo("triage");
        assertThat(entry.agency()).isEqualTo("Rochdale Children's Social Care (demo)");
        assertThat(entry.payload()).contains("Deciding the referral").contains("AREA_SCOPE");
    }

    @Test
    void aReadWithoutAPurposeIsRefused() {
        Actor triage = actorOf(directory.userNamed("triage").orElseThrow());
        assertThatThrownBy(() -> accessPolicy.authoriseRead(triage, rochdaleChild(), " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("purpose");
    }

    @Test
    void breakGlassGivesTimeLimitedReadAccessThatIsRecordedAndShownToManagers() throws Exception {
        UserView worker = newUser("Rochdale Children's Social Care (demo)", "SOCIAL_WORKER");
        Actor actor = actorOf(worker);
        ProtectedRecord child = rochdaleChild();
        assertThatThrownBy(() -> accessPolicy.authoriseRead(actor, child, "Checking the history"))
                .isInstanceOfSatisfying(AccessRefusedException.class,
                        refused -> assertThat(refused.breakGlassAvailable()).isTrue());

        mvc.perform(post("/api/v1/break-glass").header("Authorization", bearer(tokenFor(worker.username(),
                                STRONG_PASSWORD)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of("recordType", TestRecords.TYPE,
                                "recordId", child.ref().id(), "reason", "Child missing tonight, duty cover"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("BREAK_GLASS"));
        assertThat(lastEntry(TestRecords.TYPE, child.ref().id(), "BREAK_GLASS_TAKEN").payload())
                .contains("Child missing tonight, duty cover");

        assertThat(accessPolicy.authoriseRead(actor, child, "Checking the history").basis())
                .isEqualTo(AccessDecision.Basis.BREAK_GLASS);
        assertThat(accessPolicy.decide(actor, Operation.CHANGE, child).allowed()).isFalse();

        mvc.perform(get("/api/v1/break-glass").header("Authorization", bearer(tokenFor("manager"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + worker.username() + "')].reason")
                        .value("Child missing tonight, duty cover"));
        String home = mvc.perform(get("/").session(signIn("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Child missing tonight, duty cover");

        clock.advance(Duration.ofHours(4).plusMinutes(1));
        assertThat(accessPolicy.decide(actor, Operation.READ, child).allowed()).isFalse();
    }

    @Test
    void aManagerInAnotherAgencyDoesNotSeeTheBreakGlass() throws Exception {
        UserView worker = newUser("Rochdale Children's Social Care (demo)", "SOCIAL_WORKER");
        ProtectedRecord child = rochdaleChild();
        mvc.perform(post("/api/v1/break-glass").header("Authorization", bearer(tokenFor(worker.username(),
                                STRONG_PASSWORD)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of("recordType", TestRecords.TYPE,
                                "recordId", child.ref().id(), "reason", "Urgent safeguarding check"))))
                .andExpect(status().isCreated());
        UserView otherManager = newUser("Oldham Children's Social Care (demo)", "MANAGER");
        String body = mvc.perform(get("/api/v1/break-glass").header("Authorization", bearer(tokenFor(
                        otherManager.username(), STRONG_PASSWORD))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(worker.username());
    }

    @Test
    void breakGlassNeedsAReasonAndARealRecord() throws Exception {
        String token = tokenFor("socialworker");
        mvc.perform(post("/api/v1/break-glass").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of("recordType", TestRecords.TYPE,
                                "recordId", rochdaleChild().ref().id(), "reason", "because"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/break-glass").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of("recordType", TestRecords.TYPE,
                                "recordId", "no-such-child", "reason", "A long enough reason here"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordId"));
    }

    @Test
    void theBreakGlassPageRecordsTheReason() throws Exception {
        ProtectedRecord child = rochdaleChild();
        MockHttpSession session = signIn("analyst");
        String page = mvc.perform(post("/break-glass").session(session).with(csrf())
                        .param("type", TestRecords.TYPE).param("id", child.ref().id())
                        .param("reason", "Linked intelligence needs checking now"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Emergency access granted");
        assertThat(lastEntry(TestRecords.TYPE, child.ref().id(), "BREAK_GLASS_TAKEN").actor()).isEqualTo("analyst");
    }

    @Test
    void fromARefusedPageBreakGlassLeadsBackToTheRecordAndNowhereElse() throws Exception {
        ReferredChild referred = ReferredChild.referredBy(this, "referrer", "Glassback", true);
        MockHttpSession session = signIn("investigator.rotherham");
        String childPage = "/children/" + referred.childId();
        String refused = mvc.perform(get(childPage).session(session)).andExpect(status().isForbidden()).andReturn()
                .getResponse().getContentAsString();
        List<String> offered = PageLinks.containing(refused, "/break-glass");
        assertThat(offered).singleElement().asString().contains("returnTo=" + childPage);
        String form = mvc.perform(get(offered.get(0)).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("name=\"returnTo\" value=\"" + childPage + "\"");
        String granted = mvc.perform(post("/break-glass").session(session).with(csrf()).param("type", "CHILD")
                        .param("id", referred.childId()).param("returnTo", childPage)
                        .param("reason", "Child seen with a Rotherham suspect tonight"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(PageLinks.containing(granted, "/children/")).containsExactly(childPage);
        mvc.perform(get(childPage).session(session)).andExpect(status().isOk());

        String elsewhere = mvc.perform(get("/break-glass").session(session).param("type", "CHILD")
                        .param("id", referred.childId()).param("returnTo", "//evil.example/steal"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(elsewhere).doesNotContain("evil.example");
    }
}
