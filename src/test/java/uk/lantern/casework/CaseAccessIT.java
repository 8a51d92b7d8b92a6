package uk.lantern.casework;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import uk.lantern.identity.Role;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every endpoint and page about one Rochdale case, its child and the child's missing episodes, for every role. The
 * case is unallocated, so the demo social worker reaches it only by allocation or break-glass.
 */
class CaseAccessIT extends IntegrationTestBase {

    private static final Map<Role, String> USERS = Map.of(Role.REFERRER, "referrer", Role.TRIAGE, "triage",
            Role.SOCIAL_WORKER, "socialworker", Role.POLICE_INVESTIGATOR, "investigator", Role.ANALYST, "analyst",
            Role.MANAGER, "manager", Role.AUDITOR, "auditor", Role.ADMINISTRATOR, "admin");
    private static final Set<Role> CASE_READERS = EnumSet.of(Role.TRIAGE, Role.POLICE_INVESTIGATOR, Role.ANALYST,
            Role.MANAGER);
    private static final Set<Role> CHILD_READERS = EnumSet.of(Role.REFERRER, Role.TRIAGE, Role.POLICE_INVESTIGATOR,
            Role.ANALYST, Role.MANAGER);

    private String caseId;
    private String childId;

    @BeforeEach
    void aRochdaleCase() throws Exception {
        JsonNode receipt = submitReferral(tokenFor("referrer"), "Quinn", true, "URGENT");
        String referralId = receipt.get("id").asString();
        mvc.perform(post("/api/v1/referrals/" + referralId + "/decision").header("Authorization",
                        bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"ASSESSMENT\",\"reasons\":\"Assess the risk\"}"));
        caseId = ledger.latest(30).stream().filter(entry -> entry.action().equals("CASE_OPENED")
                && entry.payload().contains(receipt.get("reference").asString())).findFirst().orElseThrow().subjectId();
        childId = json(mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", bearer(tokenFor("triage"))))
                .andReturn().getResponse().getContentAsString()).get("children").get(0).get("id").asString();
    }

    static Stream<Arguments> roles() {
        return Stream.of(Role.values()).map(Arguments::of);
    }

    private int api(Role role, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", bearer(tokenFor(USERS.get(role)))))
                .andReturn().getResponse().getStatus();
    }

    private int page(Role role, String path) throws Exception {
        return mvc.perform(get(path).session(signIn(USERS.get(role)))).andReturn().getResponse().getStatus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void readingTheCaseAndItsChronology(Role role) throws Exception {
        int expected = CASE_READERS.contains(role) ? 200 : 403;
        for (String path : new String[] {"/api/v1/cases/" + caseId, "/api/v1/cases/" + caseId + "/chronology",
                "/api/v1/cases/" + caseId + "/chronology.pdf"}) {
            assertThat(api(role, path)).as("%s as %s", path, role).isEqualTo(expected);
        }
        for (String path : new String[] {"/cases/" + caseId, "/cases/" + caseId + "/chronology"}) {
            assertThat(page(role, path)).as("%s as %s", path, role).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void workingTheCase(Role role) throws Exception {
        int status = mvc.perform(post("/api/v1/cases/" + caseId + "/actions")
                        .header("Authorization", bearer(tokenFor(USERS.get(role))))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus();
        // Only a manager of the owning team may act on an unallocated case; an unallocated social worker may not.
        assertThat(status).as("action as %s", role).isEqualTo(role == Role.MANAGER ? 400 : 403);
        int assign = mvc.perform(post("/api/v1/cases/" + caseId + "/assignment")
                        .header("Authorization", bearer(tokenFor(USERS.get(role))))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus();
        assertThat(assign).as("assignment as %s", role)
                .isEqualTo(role == Role.MANAGER || role == Role.TRIAGE ? 400 : 403);
        int page = mvc.perform(post("/cases/" + caseId + "/closure").session(signIn(USERS.get(role))).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(page).as("closure page as %s", role).isEqualTo(role == Role.MANAGER ? 200 : 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void readingTheChildAndTheirMissingEpisodes(Role role) throws Exception {
        int expected = CHILD_READERS.contains(role) ? 200 : 403;
        assertThat(api(role, "/api/v1/children/" + childId)).as("child API as %s", role).isEqualTo(expected);
        assertThat(page(role, "/children/" + childId)).as("child page as %s", role).isEqualTo(expected);
        assertThat(api(role, "/api/v1/children/" + childId + "/missing-episodes")).as("episodes as %s", role)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void recordingAMissingEpisode(Role role) throws Exception {
        int status = mvc.perform(post("/api/v1/children/" + childId + "/missing-episodes")
                        .header("Authorization", bearer(tokenFor(USERS.get(role))))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus();
        boolean allowed = role == Role.TRIAGE || role == Role.POLICE_INVESTIGATOR || role == Role.MANAGER;
        assertThat(status).as("episode as %s", role).isEqualTo(allowed ? 400 : 403);
    }
}
