package uk.lantern.identity;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import uk.lantern.support.IntegrationTestBase;
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
}
