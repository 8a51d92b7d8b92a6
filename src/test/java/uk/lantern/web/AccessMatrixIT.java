package uk.lantern.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.lantern.identity.Role;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.OutsideManagers;
import uk.lantern.support.TestRecords;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint and page, for every role and for a manager outside children's social care: allowed viewers get
 * through (to a success or a validation error), every other viewer is refused with 403, and an anonymous caller is
 * sent to sign in. The matrix is checked against the application's own request mappings, so a new endpoint cannot be
 * left out. Endpoints about one record are tried on a real case worked in Rochdale, so that the record rule is
 * tried as well as the role: the outside manager's role reaches them, the record rule refuses them.
 */
class AccessMatrixIT extends IntegrationTestBase {

    /** Who tries each endpoint: a demo user of each role, and a school's manager created by an administrator. */
    enum Viewer {
        REFERRER("referrer"), TRIAGE("triage"), SOCIAL_WORKER("socialworker"), POLICE_INVESTIGATOR("investigator"),
        ANALYST("analyst"), MANAGER("manager"), OUTSIDE_MANAGER(null), AUDITOR("auditor"), ADMINISTRATOR("admin");

        private final String demoUser;

        Viewer(String demoUser) {
            this.demoUser = demoUser;
        }

        /**
         * The viewers a role's capabilities let through: a manager outside children's social care holds every
         * capability a manager holds.
         */
        static Set<Viewer> withRoles(Role... roles) {
            Set<Viewer> viewers = EnumSet.noneOf(Viewer.class);
            for (Role role : roles) {
                viewers.add(valueOf(role.name()));
                if (role == Role.MANAGER) {
                    viewers.add(OUTSIDE_MANAGER);
                }
            }
            return viewers;
        }
    }

    private static final Set<Viewer> EVERYONE = EnumSet.allOf(Viewer.class);
    private static final Set<Viewer> LEDGER = Viewer.withRoles(Role.AUDITOR, Role.ADMINISTRATOR);
    private static final Set<Viewer> ADMIN = Viewer.withRoles(Role.ADMINISTRATOR);
    private static final Set<Viewer> MANAGERS = Viewer.withRoles(Role.MANAGER);
    private static final Set<Viewer> BREAK_GLASS = Viewer.withRoles(Role.TRIAGE, Role.SOCIAL_WORKER,
            Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.MANAGER);
    private static final Set<Viewer> RAISE = Viewer.withRoles(Role.REFERRER, Role.TRIAGE, Role.SOCIAL_WORKER,
            Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.MANAGER);
    private static final Set<Viewer> DECIDE = Viewer.withRoles(Role.TRIAGE, Role.MANAGER);
    private static final Set<Viewer> ANALYSTS = Viewer.withRoles(Role.ANALYST);
    private static final Set<Viewer> RUN_RESOLUTION = Viewer.withRoles(Role.ANALYST, Role.ADMINISTRATOR);
    private static final Set<Viewer> NETWORKS = Viewer.withRoles(Role.POLICE_INVESTIGATOR, Role.ANALYST);
    private static final Set<Viewer> INTELLIGENCE = Viewer.withRoles(Role.TRIAGE, Role.SOCIAL_WORKER,
            Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.MANAGER);
    /** Search: the practitioners who may read people; each result is then decided by the record rule. */
    private static final Set<Viewer> SEARCH = Viewer.withRoles(Role.TRIAGE, Role.SOCIAL_WORKER,
            Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.MANAGER);
    private static final Set<Viewer> OVERSIGHT = Viewer.withRoles(Role.AUDITOR, Role.MANAGER, Role.ANALYST);
    private static final Set<Viewer> INQUIRIES = Viewer.withRoles(Role.AUDITOR);
    private static final Set<Viewer> LEGAL_HOLDS = Viewer.withRoles(Role.AUDITOR, Role.ADMINISTRATOR);
    private static final Set<Viewer> RECORD_MISSING = Viewer.withRoles(Role.TRIAGE, Role.POLICE_INVESTIGATOR,
            Role.SOCIAL_WORKER, Role.MANAGER);
    private static final Set<Viewer> RETURN_INTERVIEWS = Viewer.withRoles(Role.TRIAGE, Role.SOCIAL_WORKER,
            Role.MANAGER);

    // The worked case in Rochdale: the record rule, not only the role, decides these.
    /** The case, its chronology: the area's front door, managers and police, and the assigned worker. */
    private static final Set<Viewer> READ_CASE = EnumSet.of(Viewer.TRIAGE, Viewer.SOCIAL_WORKER,
            Viewer.POLICE_INVESTIGATOR, Viewer.ANALYST, Viewer.MANAGER);
    private static final Set<Viewer> ASSIGN_CASE = EnumSet.of(Viewer.TRIAGE, Viewer.MANAGER);
    private static final Set<Viewer> WORK_CASE = EnumSet.of(Viewer.SOCIAL_WORKER, Viewer.MANAGER);
    /** The child and their missing episodes: as the case, and the referrer who referred the child. */
    private static final Set<Viewer> READ_CHILD = EnumSet.of(Viewer.REFERRER, Viewer.TRIAGE, Viewer.SOCIAL_WORKER,
            Viewer.POLICE_INVESTIGATOR, Viewer.ANALYST, Viewer.MANAGER);
    /** What every agency knows about the child: as the child, but never for the referrer. */
    private static final Set<Viewer> KNOWN_CHILD = EnumSet.of(Viewer.TRIAGE, Viewer.SOCIAL_WORKER,
            Viewer.POLICE_INVESTIGATOR, Viewer.ANALYST, Viewer.MANAGER);
    private static final Set<Viewer> CHANGE_CHILD = EnumSet.of(Viewer.TRIAGE, Viewer.SOCIAL_WORKER, Viewer.MANAGER);
    private static final Set<Viewer> RECORD_CHILD_MISSING = EnumSet.of(Viewer.TRIAGE, Viewer.SOCIAL_WORKER,
            Viewer.POLICE_INVESTIGATOR, Viewer.MANAGER);
    private static final Set<Viewer> CHILD_RETURN_INTERVIEWS = EnumSet.of(Viewer.TRIAGE, Viewer.SOCIAL_WORKER,
            Viewer.MANAGER);
    /** The referral: the referrer, the area's front door, managers and police; no worker is assigned to it. */
    private static final Set<Viewer> READ_REFERRAL = EnumSet.of(Viewer.REFERRER, Viewer.TRIAGE,
            Viewer.POLICE_INVESTIGATOR, Viewer.ANALYST, Viewer.MANAGER);
    private static final Set<Viewer> DECIDE_REFERRAL = EnumSet.of(Viewer.TRIAGE, Viewer.MANAGER);
    private static final Set<Viewer> SIGN_OFF_REFERRAL = EnumSet.of(Viewer.MANAGER);
    private static final Set<Viewer> ESCALATE_REFERRAL = EnumSet.of(Viewer.REFERRER);

    private static final String NOBODY = UUID.randomUUID().toString();
    private static final String BREAK_GLASS_BODY = "{\"recordType\":\"" + TestRecords.TYPE
            + "\",\"recordId\":\"no-such-record\",\"reason\":\"Checking a missing child report tonight\"}";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();
    /** The school's manager, created once through the admin API. */
    private static volatile String outsideManager;
    /**
     * The worked case whose ids replace {case}, {child}, {referral}, {action} and {episode} in paths, and a demo
     * user's id for {user}.
     */
    private static volatile Map<String, String> worked;

    /**
     * An endpoint with an example request. A path may name the worked case's records as {case}, {child},
     * {referral}, {action} or {episode}, or a demo user as {user}.
     */
    record Endpoint(HttpMethod method, String path, String body, Set<Viewer> allowed) {
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
                new Endpoint(HttpMethod.GET, "/api/v1/ledger/proofs/inclusion?entry=1", null, LEDGER),
                new Endpoint(HttpMethod.GET, "/api/v1/ledger/proofs/consistency?from=1&to=1", null, LEDGER),
                new Endpoint(HttpMethod.GET, "/api/v1/ledger/verifier-key", null, LEDGER),
                new Endpoint(HttpMethod.GET, "/api/v1/admin/users", null, ADMIN),
                new Endpoint(HttpMethod.POST, "/api/v1/admin/users", "{}", ADMIN),
                new Endpoint(HttpMethod.GET, "/api/v1/admin/users/" + NOBODY, null, ADMIN),
                new Endpoint(HttpMethod.PUT, "/api/v1/admin/users/" + NOBODY, "{}", ADMIN),
                new Endpoint(HttpMethod.POST, "/api/v1/admin/users/" + NOBODY + "/unlock", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/api/v1/admin/agencies", null, ADMIN),
                new Endpoint(HttpMethod.POST, "/api/v1/admin/agencies", "{}", ADMIN),
                new Endpoint(HttpMethod.GET, "/api/v1/admin/agencies/" + NOBODY, null, ADMIN),
                new Endpoint(HttpMethod.PUT, "/api/v1/admin/agencies/" + NOBODY, "{}", ADMIN),
                new Endpoint(HttpMethod.GET, "/api/v1/imports/running", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/imports", null, ADMIN),
                new Endpoint(HttpMethod.POST, "/imports", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/imports/" + NOBODY, null, ADMIN),
                new Endpoint(HttpMethod.GET, "/api/v1/break-glass", null, MANAGERS),
                new Endpoint(HttpMethod.POST, "/api/v1/break-glass", BREAK_GLASS_BODY, BREAK_GLASS),
                new Endpoint(HttpMethod.POST, "/api/v1/referrals", "{}", RAISE),
                new Endpoint(HttpMethod.GET, "/api/v1/referrals/mine", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/api/v1/triage/queue", null, DECIDE),
                new Endpoint(HttpMethod.GET, "/api/v1/referrals/awaiting-sign-off", null, MANAGERS),
                new Endpoint(HttpMethod.GET, "/api/v1/cases", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/api/v1/caseload", null, EVERYONE),
                new Endpoint(HttpMethod.POST, "/api/v1/intelligence", "{}", INTELLIGENCE),
                new Endpoint(HttpMethod.GET, "/api/v1/intelligence", null, INTELLIGENCE),
                new Endpoint(HttpMethod.GET, "/api/v1/intelligence/" + NOBODY, null, INTELLIGENCE),
                new Endpoint(HttpMethod.POST, "/api/v1/intelligence/" + NOBODY + "/subjects", "{}", INTELLIGENCE),
                new Endpoint(HttpMethod.POST, "/api/v1/intelligence/" + NOBODY + "/links", "{}", INTELLIGENCE),
                new Endpoint(HttpMethod.PUT, "/api/v1/intelligence/" + NOBODY + "/sanitised-version", "{}",
                        INTELLIGENCE),
                new Endpoint(HttpMethod.POST, "/api/v1/resolution/runs?kind=CHILD", null, RUN_RESOLUTION),
                new Endpoint(HttpMethod.GET, "/api/v1/resolution/runs/latest?kind=CHILD", null, RUN_RESOLUTION),
                new Endpoint(HttpMethod.GET, "/resolution/runs", null, RUN_RESOLUTION),
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
                new Endpoint(HttpMethod.GET, "/oversight/export?format=csv", null, OVERSIGHT),
                new Endpoint(HttpMethod.GET, "/oversight/export?format=xlsx", null, OVERSIGHT),
                new Endpoint(HttpMethod.GET, "/oversight/charts.css", null, OVERSIGHT),
                new Endpoint(HttpMethod.GET, "/oversight/baseline?year=2024", null, OVERSIGHT),
                new Endpoint(HttpMethod.GET, "/networks", null, NETWORKS),
                new Endpoint(HttpMethod.GET, "/networks/nd-00000000000000000000", null, NETWORKS),
                new Endpoint(HttpMethod.GET, "/networks/nd-00000000000000000000/export?format=graphml", null,
                        NETWORKS),
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
                new Endpoint(HttpMethod.GET, "/api/v1/search?q=Nobody", null, SEARCH),
                new Endpoint(HttpMethod.GET, "/search?q=Nobody", null, SEARCH),
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
                new Endpoint(HttpMethod.POST, "/break-glass?type=" + TestRecords.TYPE + "&id=x", null, BREAK_GLASS),
                new Endpoint(HttpMethod.POST, "/admin/agencies/" + NOBODY, null, ADMIN),
                new Endpoint(HttpMethod.POST, "/admin/users/{user}/unlock", null, ADMIN),
                new Endpoint(HttpMethod.POST, "/api/v1/admin/retention/purge", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/api/v1/legal-holds", null, LEGAL_HOLDS),
                new Endpoint(HttpMethod.POST, "/api/v1/legal-holds", "{}", LEGAL_HOLDS),
                new Endpoint(HttpMethod.GET, "/api/v1/legal-holds/" + NOBODY, null, LEGAL_HOLDS),
                new Endpoint(HttpMethod.POST, "/api/v1/legal-holds/" + NOBODY + "/release", "{}", LEGAL_HOLDS),
                new Endpoint(HttpMethod.GET, "/legal-holds", null, LEGAL_HOLDS),
                new Endpoint(HttpMethod.POST, "/legal-holds", null, LEGAL_HOLDS),
                new Endpoint(HttpMethod.GET, "/legal-holds/" + NOBODY, null, LEGAL_HOLDS),
                new Endpoint(HttpMethod.POST, "/legal-holds/" + NOBODY + "/release", null, LEGAL_HOLDS),
                new Endpoint(HttpMethod.GET, "/api/v1/me/notifications", null, EVERYONE),
                new Endpoint(HttpMethod.POST, "/api/v1/me/notifications/" + NOBODY + "/read", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/notifications", null, EVERYONE),
                new Endpoint(HttpMethod.POST, "/notifications/" + NOBODY + "/read", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/api/v1/risk/indicators", null, EVERYONE),
                new Endpoint(HttpMethod.POST, "/api/v1/language/check", "{\"text\":\"She put herself at risk\"}",
                        EVERYONE),
                new Endpoint(HttpMethod.GET, "/api/v1/oversight/chronology?area=E08000005&from=2026-01-01&to=2026-01-02",
                        null, INQUIRIES),
                new Endpoint(HttpMethod.GET, "/oversight/chronology", null, INQUIRIES),
                new Endpoint(HttpMethod.GET, "/oversight/chronology/document?scope=area&area=E08000005"
                        + "&from=2026-01-01&to=2026-01-02&format=html", null, INQUIRIES),
                new Endpoint(HttpMethod.GET, "/resolution/review?kind=PERSON", null, ANALYSTS),
                new Endpoint(HttpMethod.GET, "/api/v1/resolution/review-queue?kind=CHILD", null, ANALYSTS),
                new Endpoint(HttpMethod.GET, "/api/v1/cases/{case}", null, READ_CASE),
                new Endpoint(HttpMethod.GET, "/api/v1/cases/{case}/chronology", null, READ_CASE),
                new Endpoint(HttpMethod.GET, "/api/v1/cases/{case}/chronology.html", null, READ_CASE),
                new Endpoint(HttpMethod.GET, "/api/v1/cases/{case}/chronology.pdf", null, READ_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/assignment", "{}", ASSIGN_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/assessment", "{}", WORK_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/strategy-discussions", "{}", WORK_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/section-47", "{}", WORK_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/conference", "{}", WORK_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/actions", "{}", WORK_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/actions/{action}/completion", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/closure", "{}", WORK_CASE),
                new Endpoint(HttpMethod.GET, "/api/v1/cases/{case}/action-owners", null, READ_CASE),
                new Endpoint(HttpMethod.GET, "/api/v1/cases/{case}/notes", null, READ_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/notes", "{}", WORK_CASE),
                new Endpoint(HttpMethod.GET, "/api/v1/cases/{case}/plans", null, READ_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/plans", "{}", WORK_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/plans/" + NOBODY + "/reviews", "{}", WORK_CASE),
                new Endpoint(HttpMethod.POST, "/api/v1/cases/{case}/plans/" + NOBODY + "/end", "{}", WORK_CASE),
                new Endpoint(HttpMethod.GET, "/cases/{case}", null, READ_CASE),
                new Endpoint(HttpMethod.GET, "/cases/{case}/chronology", null, READ_CASE),
                new Endpoint(HttpMethod.GET, "/cases/{case}/chronology.html", null, READ_CASE),
                new Endpoint(HttpMethod.GET, "/cases/{case}/chronology.pdf", null, READ_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/assignment", null, ASSIGN_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/assessment", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/strategy-discussions", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/section-47", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/conference", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/actions", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/actions/{action}/completion", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/closure", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/notes", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/plans", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/plans/" + NOBODY + "/reviews", null, WORK_CASE),
                new Endpoint(HttpMethod.POST, "/cases/{case}/plans/" + NOBODY + "/end", null, WORK_CASE),
                new Endpoint(HttpMethod.GET, "/api/v1/children/{child}", null, READ_CHILD),
                new Endpoint(HttpMethod.POST, "/api/v1/children/{child}/void", "{}", CHANGE_CHILD),
                new Endpoint(HttpMethod.GET, "/children/{child}", null, READ_CHILD),
                new Endpoint(HttpMethod.POST, "/children/{child}/void", null, CHANGE_CHILD),
                new Endpoint(HttpMethod.GET, "/api/v1/children/{child}/missing-episodes", null, READ_CHILD),
                new Endpoint(HttpMethod.POST, "/api/v1/children/{child}/missing-episodes", "{}",
                        RECORD_CHILD_MISSING),
                new Endpoint(HttpMethod.GET, "/api/v1/missing-episodes/{episode}", null, READ_CHILD),
                new Endpoint(HttpMethod.POST, "/api/v1/missing-episodes/{episode}/return", "{}",
                        RECORD_CHILD_MISSING),
                new Endpoint(HttpMethod.POST, "/api/v1/missing-episodes/{episode}/return-interview/offer", "{}",
                        CHILD_RETURN_INTERVIEWS),
                new Endpoint(HttpMethod.POST, "/api/v1/missing-episodes/{episode}/return-interview/completion", "{}",
                        CHILD_RETURN_INTERVIEWS),
                new Endpoint(HttpMethod.POST, "/api/v1/missing-episodes/{episode}/return-interview/decline", "{}",
                        CHILD_RETURN_INTERVIEWS),
                new Endpoint(HttpMethod.GET, "/children/{child}/missing-episodes", null, READ_CHILD),
                new Endpoint(HttpMethod.GET, "/api/v1/children/{child}/known-to-services", null, KNOWN_CHILD),
                new Endpoint(HttpMethod.POST, "/api/v1/children/{child}/known-to-services/join-requests", "{}",
                        KNOWN_CHILD),
                new Endpoint(HttpMethod.POST, "/children/{child}/known-to-services/join-requests", null, KNOWN_CHILD),
                new Endpoint(HttpMethod.POST, "/children/{child}/missing-episodes", null, RECORD_CHILD_MISSING),
                new Endpoint(HttpMethod.GET, "/missing-episodes/{episode}", null, READ_CHILD),
                new Endpoint(HttpMethod.POST, "/missing-episodes/{episode}/return", null, RECORD_CHILD_MISSING),
                new Endpoint(HttpMethod.POST, "/missing-episodes/{episode}/return-interview/offer", null,
                        CHILD_RETURN_INTERVIEWS),
                new Endpoint(HttpMethod.POST, "/missing-episodes/{episode}/return-interview/completion", null,
                        CHILD_RETURN_INTERVIEWS),
                new Endpoint(HttpMethod.POST, "/missing-episodes/{episode}/return-interview/decline", null,
                        CHILD_RETURN_INTERVIEWS),
                new Endpoint(HttpMethod.GET, "/api/v1/referrals/{referral}", null, READ_REFERRAL),
                new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/decision", "{}", DECIDE_REFERRAL),
                new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/sign-off", "{}", SIGN_OFF_REFERRAL),
                new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/screening-override", "{}",
                        DECIDE_REFERRAL),
                new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/escalation", "{}", ESCALATE_REFERRAL),
                new Endpoint(HttpMethod.GET, "/referrals/{referral}", null, READ_REFERRAL),
                new Endpoint(HttpMethod.GET, "/referrals/{referral}/acknowledgement", null, READ_REFERRAL),
                new Endpoint(HttpMethod.POST, "/referrals/{referral}/decision", null, DECIDE_REFERRAL),
                new Endpoint(HttpMethod.POST, "/referrals/{referral}/sign-off", null, SIGN_OFF_REFERRAL),
                new Endpoint(HttpMethod.POST, "/referrals/{referral}/screening-override", null, DECIDE_REFERRAL),
                new Endpoint(HttpMethod.POST, "/referrals/{referral}/escalation", null, ESCALATE_REFERRAL));
    }

    static Stream<Arguments> endpointsAndViewers() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Viewer viewer : Viewer.values()) {
                cases.add(Arguments.of(endpoint, viewer));
            }
        }
        return cases.stream();
    }

    static Stream<Endpoint> allEndpoints() {
        return endpoints().stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsAndViewers")
    void eachViewerIsAllowedOrRefused(Endpoint endpoint, Viewer viewer) throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), onWorkedCase(endpoint.path()));
        if (endpoint.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        String username = username(viewer);
        if (endpoint.isApi()) {
            request.header("Authorization", bearer(TOKENS.computeIfAbsent(username, this::token)));
        } else {
            request.session(SESSIONS.computeIfAbsent(username, this::session)).with(csrf());
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (endpoint.allowed().contains(viewer)) {
            assertThat(status).as("%s may use %s", viewer, endpoint).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as("%s is refused %s", viewer, endpoint).isEqualTo(403);
        }
    }

    /** The matrix is checked against the application's own mappings, so that no endpoint or page is left out. */
    @Test
    void everyMappedOperationIsInTheMatrix() {
        MappedOperations mapped = MappedOperations.of(applicationContext);
        Set<MappedOperations.Operation> tried = new HashSet<>();
        endpoints().forEach(endpoint -> mapped.handling(endpoint.method(), endpoint.path()).ifPresent(tried::add));
        // The import endpoint reads its own media types; onlyAdministratorsImport tries it for every viewer.
        mapped.handling(HttpMethod.POST, "/api/v1/imports").ifPresent(tried::add);
        assertThat(mapped.operations()).as("every mapped operation is tried").isNotEmpty()
                .allSatisfy(operation -> assertThat(tried).as("the matrix tries %s", operation).contains(operation));
    }

    @ParameterizedTest(name = "{0} anonymously")
    @MethodSource("allEndpoints")
    void anonymousCallersMustSignIn(Endpoint endpoint) throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), onWorkedCase(endpoint.path()));
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
    @EnumSource(Viewer.class)
    void onlyAdministratorsImport(Viewer viewer) throws Exception {
        int status = mvc.perform(request(HttpMethod.POST, "/api/v1/imports")
                        .header("Authorization", bearer(TOKENS.computeIfAbsent(username(viewer), this::token)))
                        .contentType("application/x-ndjson").content("not json\n"))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("import as %s", viewer).isEqualTo(viewer == Viewer.ADMINISTRATOR ? 422 : 403);
    }

    private String username(Viewer viewer) {
        if (viewer != Viewer.OUTSIDE_MANAGER) {
            return viewer.demoUser;
        }
        synchronized (AccessMatrixIT.class) {
            if (outsideManager == null) {
                outsideManager = call(() -> OutsideManagers.schoolManager(this));
            }
            return outsideManager;
        }
    }

    /** The path with the worked case's ids in place of its placeholders; the case is worked on first use. */
    private String onWorkedCase(String path) {
        if (!path.contains("{")) {
            return path;
        }
        synchronized (AccessMatrixIT.class) {
            if (worked == null) {
                WorkedCase workedCase = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Matrix"), "Matrixcase");
                worked = Map.of("{case}", workedCase.caseId.value().toString(),
                        "{child}", workedCase.childId.value().toString(),
                        "{referral}", workedCase.referralId.value().toString(),
                        "{action}", workedCase.actionId.toString(),
                        "{episode}", workedCase.recordMissingEpisode().value().toString(),
                        "{user}", directory.userNamed("referrer.oldham").orElseThrow().id().toString());
            }
        }
        String resolved = path;
        for (Map.Entry<String, String> placeholder : worked.entrySet()) {
            resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
        }
        return resolved;
    }

    private String token(String username) {
        return call(() -> username.equals(outsideManager) ? tokenFor(username, STRONG_PASSWORD)
                : tokenFor(username));
    }

    private MockHttpSession session(String username) {
        return call(() -> username.equals(outsideManager) ? signIn(username, STRONG_PASSWORD) : signIn(username));
    }

    private static <T> T call(Callable<T> step) {
        try {
            return step.call();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
