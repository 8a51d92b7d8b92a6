package uk.lantern.referral;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;

import uk.lantern.identity.Role;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;


/**
 * Every endpoint and page about one Rochdale referral, for every role: who may read it (referrer, the area's front
 * door and managers, the police and analysts covering the area) and who may act on it.
 */
class ReferralAccessIT extends IntegrationTestBase {

    private static final Map<Role, String> USERS = Map.of(Role.REFERRER, "referrer", Role.TRIAGE, "triage",
            Role.SOCIAL_WORKER, "socialworker", Role.POLICE_INVESTIGATOR, "investigator", Role.ANALYST, "analyst",
            Role.MANAGER, "manager", Role.AUDITOR, "auditor", Role.ADMINISTRATOR, "admin");
    private static final Set<Role> READERS = EnumSet.of(Role.REFERRER, Role.TRIAGE, Role.POLICE_INVESTIGATOR,
            Role.ANALYST, Role.MANAGER);

    private String referralId;

    @BeforeEach
    void aRochdaleReferral() throws Exception {
        referralId = submitReferral(tokenFor("referrer"), "Poppy", true, "ROUTINE").get("id").asString();
    }

    static Stream<Arguments> roles() {
        return Stream.of(Role.values()).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void readingTheReferral(Role role) throws Exception {
        int api = mvc.perform(get("/api/v1/referrals/" + referralId)
                .header("Authorization", bearer(tokenFor(USERS.get(role))))).andReturn().getResponse().getStatus();
        int page = mvc.perform(get("/referrals/" + referralId).session(signIn(USERS.get(role))))
                .andReturn().getResponse().getStatus();
        int expected = READERS.contains(role) ? 200 : 403;
        assertThat(api).as("API read as %s", role).isEqualTo(expected);
        assertThat(page).as("page read as %s", role).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void decidingTheReferral(Role role) throws Exception {
        int api = post(role, "/decision", "{\"outcome\":\"\"}");
        int page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/referrals/" + referralId + "/decision").session(signIn(USERS.get(role)))
                .with(csrf()).param("outcome", "")).andReturn().getResponse().getStatus();
        boolean allowed = role == Role.TRIAGE || role == Role.MANAGER;
        assertThat(api).as("API decision as %s", role).isEqualTo(allowed ? 400 : 403);
        assertThat(page).as("page decision as %s", role).isEqualTo(allowed ? 200 : 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void signingOffTheReferral(Role role) throws Exception {
        int api = post(role, "/sign-off", "{\"approve\":true,\"note\":\"x\"}");
        assertThat(api).as("sign-off as %s", role).isEqualTo(role == Role.MANAGER ? 400 : 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void escalatingTheReferral(Role role) throws Exception {
        int api = post(role, "/escalation", "{\"reason\":\"No decision yet\"}");
        assertThat(api).as("escalation as %s", role).isEqualTo(role == Role.REFERRER ? 400 : 403);
    }

    private int post(Role role, String action, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/referrals/" + referralId + action)
                        .header("Authorization", bearer(tokenFor(USERS.get(role))))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus();
    }
}
