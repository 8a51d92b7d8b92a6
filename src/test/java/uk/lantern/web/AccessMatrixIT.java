package uk.lantern.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.lantern.identity.Role;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.TestRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint and page, for every role: allowed roles get through (to a success or a validation error), every
 * other role is refused with 403, and an anonymous caller is sent to sign in.
 */
class AccessMatrixIT extends IntegrationTestBase {

    private static final Map<Role, String> DEMO_USER = Map.of(
            Role.REFERRER, "referrer", Role.TRIAGE, "triage", Role.SOCIAL_WORKER, "socialworker",
            Role.POLICE_INVESTIGATOR, "investigator", Role.ANALYST, "analyst", Role.MANAGER, "manager",
            Role.AUDITOR, "auditor", Role.ADMINISTRATOR, "admin");
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> LEDGER = EnumSet.of(Role.AUDITOR, Role.ADMINISTRATOR);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMINISTRATOR);
    private static final Set<Role> MANAGERS = EnumSet.of(Role.MANAGER);
    private static final Set<Role> BREAK_GLASS = EnumSet.of(Role.TRIAGE, Role.SOCIAL_WORKER,
            Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.MANAGER);
    private static final Set<Role> RAISE = EnumSet.of(Role.REFERRER, Role.TRIAGE, Role.SOCIAL_WORKER,
            Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.MANAGER);
    private static final Set<Role> DECIDE = EnumSet.of(Role.TRIAGE, Role.MANAGER);
    private static final Set<Role> ANALYSTS = EnumSet.of(Role.ANALYST);
    private static final Set<Role> RUN_RESOLUTION = EnumSet.of(Role.ANALYST, Role.ADMINISTRATOR);
    private static final Set<Role> NETWORKS = EnumSet.of(Role.POLICE_INVESTIGATOR, Role.ANALYST);
    private static final Set<Role> INTELLIGENCE = EnumSet.of(Role.TRIAGE, Role.SOCIAL_WORKER,
            Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.MANAGER);
    private static final Set<Role> OVERSIGHT = EnumSet.of(Role.AUDITOR, Role.MANAGER, Role.ANALYST);
    private static final String NOBODY = UUID.randomUUID().toString();
    private static final String BREAK_GLASS_BODY = "{\"recordType\":\"" + TestRecords.TYPE
            + "\",\"recordId\":\"no-such-record\",\"reason\":\"Checking a missing child report tonight\"}";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();

    record Endpoint(HttpMethod method, String path, String body, Set<Role> allowed) {
        boolean isApi() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint(HttpMethod.GET, "/api/v1/me", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/api/v1/me/tokens", null, EVERYONE),
                new Endpoint(HttpMethod.POST, "/api/v1/me/tokens", "{}", EVERYONE),
                new Endpoint(HttpMethod.DELETE, "/api/v1/me/tokens/" + NOBODY, null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/api/v1/ledger/verification", null, LEDGER),
                new Endpoint(HttpMethod.POST, "/api/v1/ledger/verification", "[]", LEDGER),
                new Endpoint(HttpMethod.GET, "/api/v1/ledger/checkpoints/latest", null, LEDGER),
                new Endpoint(HttpMethod.GET, "/api/v1/admin/users", null, ADMIN),
                new Endpoint(HttpMethod.POST, "/api/v1/admin/users", "{}", ADMIN),
                new Endpoint(HttpMethod.GET, "/api/v1/admin/users/" + NOBODY, null, ADMIN),
                new Endpoint(HttpMethod.PUT, "/api/v1/admin/users/" + NOBODY, "{}", ADMIN),
                new Endpoint(HttpMethod.POST, "/api/v1/admin/users/" + NOBODY + "/unlock", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/api/v1/admin/agencies", null, ADMIN),
                new Endpoint(HttpMethod.POST, "/api/v1/admin/agencies", "{}", ADMIN),
                new Endpoint(HttpMethod.GET, "/api/v1/admin/agencies/" + NOBODY, null, ADMIN),
                new Endpoint(HttpMethod.PUT, "/api/v1/admin/agencies/" + NOBODY, "{}", ADMIN),
                new Endpoint(HttpMethod.GET, "/api/v1/break-glass", null, MANAGERS),
                new Endpoint(HttpMethod.POST, "/api/v1/break-glass", BREAK_GLASS_BODY, BREAK_GLASS),
                new Endpoint(HttpMethod.POST, "/api/v1/referrals", "{}", RAISE),
                new Endpoint(HttpMethod.GET, "/api/v1/referrals/mine", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/api/v1/triage/queue", null, DECIDE),
                new Endpoint(HttpMethod.GET, "/api/v1/referrals/awaiting-sign-off", null, MANAGERS),
                new Endpoint(HttpMethod.GET, "/api/v1/cases", null, EVERYONE),
                new Endpoint(HttpMethod.POST, "/api/v1/intelligence", "{}", INTELLIGENCE),
                new Endpoint(HttpMethod.GET, "/api/v1/intelligence", null, INTELLIGENCE),
                new Endpoint(HttpMethod.GET, "/api/v1/intelligence/" + NOBODY, null, INTELLIGENCE),
                new Endpoint(HttpMethod.POST, "/api/v1/intelligence/" + NOBODY + "/subjects", "{}", INTELLIGENCE),
                new Endpoint(HttpMethod.POST, "/api/v1/intelligence/" + NOBODY + "/links", "{}", INTELLIGENCE),
                new Endpoint(HttpMethod.PUT, "/api/v1/intelligence/" + NOBODY + "/sanitised-version", "{}",
                        INTELLIGENCE),
                new Endpoint(HttpMethod.POST, "/api/v1/resolution/runs?kind=CHILD", null, RUN_RESOLUTION),
                new Endpoint(HttpMethod.GET, "/api/v1/resolution/review-queue?kind=PERSON", null, ANALYSTS),
                new Endpoint(HttpMethod.POST, "/api/v1/resolution/matches/" + NOBODY + "/decision", "{}", ANALYSTS),
                new Endpoint(HttpMethod.POST, "/api/v1/resolution/identities/merge?kind=PERSON", "{}", ANALYSTS),
                new Endpoint(HttpMethod.POST, "/api/v1/resolution/identities/unmerge?kind=PERSON", "{}", ANALYSTS),
                new Endpoint(HttpMethod.GET, "/api/v1/resolution/identities/" + NOBODY + "?kind=PERSON", null,
                        ANALYSTS),
                new Endpoint(HttpMethod.GET, "/api/v1/resolution/matches/" + NOBODY, null, ANALYSTS),
                new Endpoint(HttpMethod.GET, "/api/v1/resolution/records?kind=PERSON&name=Nobody", null, ANALYSTS),
                new Endpoint(HttpMethod.GET, "/resolution/review?kind=CHILD", null, ANALYSTS),
                new Endpoint(HttpMethod.GET, "/resolution/matches/" + NOBODY, null, ANALYSTS),
                new Endpoint(HttpMethod.POST, "/resolution/matches/" + NOBODY + "/decision", null, ANALYSTS),
                new Endpoint(HttpMethod.GET, "/resolution/identities/" + NOBODY + "?kind=PERSON", null, ANALYSTS),
                new Endpoint(HttpMethod.POST, "/resolution/identities/" + NOBODY + "/merge?kind=PERSON", null,
                        ANALYSTS),
                new Endpoint(HttpMethod.POST, "/resolution/identities/" + NOBODY + "/unmerge?kind=PERSON", null,
                        ANALYSTS),
                new Endpoint(HttpMethod.GET, "/api/v1/networks", null, NETWORKS),
                new Endpoint(HttpMethod.GET, "/api/v1/networks/nd-00000000000000000000", null, NETWORKS),
                new Endpoint(HttpMethod.GET, "/api/v1/networks/nd-00000000000000000000/export?format=graphml", null,
                        NETWORKS),
                new Endpoint(HttpMethod.GET, "/api/v1/subjects/person:" + NOBODY + "/neighbourhood", null, NETWORKS),
                new Endpoint(HttpMethod.GET, "/api/v1/paths?from=person:" + NOBODY + "&to=child:" + NOBODY, null,
                        NETWORKS),
                new Endpoint(HttpMethod.GET, "/api/v1/oversight/measures?area=E06000027&by=quarter", null, OVERSIGHT),
                new Endpoint(HttpMethod.GET, "/api/v1/oversight/measures/export?format=csv", null, OVERSIGHT),
                new Endpoint(HttpMethod.GET, "/api/v1/oversight/measures/export?format=xlsx", null, OVERSIGHT),
                new Endpoint(HttpMethod.GET, "/oversight", null, OVERSIGHT),
                new Endpoint(HttpMethod.GET, "/oversight/charts.css", null, OVERSIGHT),
                new Endpoint(HttpMethod.GET, "/oversight/baseline?year=2024", null, OVERSIGHT),
                new Endpoint(HttpMethod.GET, "/networks", null, NETWORKS),
                new Endpoint(HttpMethod.GET, "/networks/nd-00000000000000000000", null, NETWORKS),
                new Endpoint(HttpMethod.GET, "/api/v1/historic-reviews", null, MANAGERS),
                new Endpoint(HttpMethod.GET, "/api/v1/historic-reviews/" + NOBODY, null, MANAGERS),
                new Endpoint(HttpMethod.POST, "/api/v1/historic-reviews/" + NOBODY + "/reopen", "{}", MANAGERS),
                new Endpoint(HttpMethod.POST, "/api/v1/historic-reviews/" + NOBODY + "/confirmation", "{}", MANAGERS),
                new Endpoint(HttpMethod.GET, "/historic-reviews", null, MANAGERS),
                new Endpoint(HttpMethod.GET, "/historic-reviews/" + NOBODY, null, MANAGERS),
                new Endpoint(HttpMethod.POST, "/historic-reviews/" + NOBODY + "/decision", null, MANAGERS),
                new Endpoint(HttpMethod.GET, "/intelligence", null, INTELLIGENCE),
                new Endpoint(HttpMethod.GET, "/intelligence/new", null, INTELLIGENCE),
                new Endpoint(HttpMethod.POST, "/intelligence", null, INTELLIGENCE),
                new Endpoint(HttpMethod.GET, "/intelligence/" + NOBODY, null, INTELLIGENCE),
                new Endpoint(HttpMethod.POST, "/intelligence/" + NOBODY + "/subjects", null, INTELLIGENCE),
                new Endpoint(HttpMethod.POST, "/intelligence/" + NOBODY + "/links", null, INTELLIGENCE),
                new Endpoint(HttpMethod.POST, "/intelligence/" + NOBODY + "/sanitised-version", null, INTELLIGENCE),
                new Endpoint(HttpMethod.GET, "/", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/cases", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/referrals/new", null, RAISE),
                new Endpoint(HttpMethod.POST, "/referrals", null, RAISE),
                new Endpoint(HttpMethod.GET, "/referrals/mine", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/triage", null, DECIDE),
                new Endpoint(HttpMethod.GET, "/account", null, EVERYONE),
                new Endpoint(HttpMethod.POST, "/account/tokens", null, EVERYONE),
                new Endpoint(HttpMethod.POST, "/account/password", null, EVERYONE),
                new Endpoint(HttpMethod.POST, "/account/tokens/" + NOBODY + "/revoke", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/admin/users", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/admin/users/new", null, ADMIN),
                new Endpoint(HttpMethod.POST, "/admin/users", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/admin/users/" + NOBODY, null, ADMIN),
                new Endpoint(HttpMethod.POST, "/admin/users/" + NOBODY, null, ADMIN),
                new Endpoint(HttpMethod.POST, "/admin/users/" + NOBODY + "/password", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/admin/agencies", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/admin/agencies/new", null, ADMIN),
                new Endpoint(HttpMethod.POST, "/admin/agencies", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/admin/agencies/" + NOBODY, null, ADMIN),
                new Endpoint(HttpMethod.GET, "/ledger", null, LEDGER),
                new Endpoint(HttpMethod.POST, "/ledger/verification", null, LEDGER),
                new Endpoint(HttpMethod.GET, "/break-glass?type=" + TestRecords.TYPE + "&id=x", null, BREAK_GLASS),
                new Endpoint(HttpMethod.POST, "/break-glass?type=" + TestRecords.TYPE + "&id=x", null, BREAK_GLASS));
    }

    static Stream<Arguments> endpointsAndRoles() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(endpoint, role));
            }
        }
        return cases.stream();
    }

    static Stream<Endpoint> allEndpoints() {
        return endpoints().stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsAndRoles")
    void eachRoleIsAllowedOrRefused(Endpoint endpoint, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path());
        if (endpoint.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        String username = DEMO_USER.get(role);
        if (endpoint.isApi()) {
            request.header("Authorization", bearer(TOKENS.computeIfAbsent(username, this::token)));
        } else {
            request.session(SESSIONS.computeIfAbsent(username, this::session)).with(csrf());
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (endpoint.allowed().contains(role)) {
            assertThat(status).as("%s may use %s", role, endpoint).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as("%s is refused %s", role, endpoint).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0} anonymously")
    @MethodSource("allEndpoints")
    void anonymousCallersMustSignIn(Endpoint endpoint) throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path());
        if (endpoint.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        if (!endpoint.isApi()) {
            request.with(csrf());
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (endpoint.isApi()) {
            assertThat(response.getStatus()).isEqualTo(401);
        } else {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
        }
    }

    @ParameterizedTest(name = "import as {0}")
    @org.junit.jupiter.params.provider.EnumSource(Role.class)
    void onlyAdministratorsImport(Role role) throws Exception {
        int status = mvc.perform(request(HttpMethod.POST, "/api/v1/imports")
                        .header("Authorization", bearer(TOKENS.computeIfAbsent(DEMO_USER.get(role), this::token)))
                        .contentType("application/x-ndjson").content("not json\n"))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("import as %s", role).isEqualTo(role == Role.ADMINISTRATOR ? 422 : 403);
    }

    private String token(String username) {
        try {
            return tokenFor(username);
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private MockHttpSession session(String username) {
        try {
            return signIn(username);
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
