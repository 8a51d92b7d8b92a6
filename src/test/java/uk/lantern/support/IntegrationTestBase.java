package uk.lantern.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.identity.IdentityAdministration;
import uk.lantern.identity.NewAgency;
import uk.lantern.identity.NewUser;
import uk.lantern.identity.UserView;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.ledger.Ledger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Integration tests share one application context on the embedded PostgreSQL, with demo data, a movable clock and
 * test-only protected records. Tests create what they change (users, agencies) with unique names, so that they do
 * not depend on each other's order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lantern.data-dir=${lantern.test.data-root:target/it-data/default}/shared",
                "lantern.timescales.sweep-interval=PT1H", "lantern.demo.town-children=0",
                // Tests resolve waiting records when they mean to (Identities.resolvePending), so that a scheduled
                // run never takes records a test is about to resolve itself.
                "lantern.resolution.interval=PT1H",
                // Tests purge when they mean to (RetentionPurge.run), never because the clock passed 02:30.
                "lantern.casework.retention-purge-cron=-",
                // Every test signs in from 127.0.0.1, many of them on purpose with a wrong password; SignInThrottleIT
                // checks the real limit on its own application.
                "lantern.identity.failed-sign-ins-per-address=100000"})
@AutoConfigureMockMvc
@Import(IntegrationTestBase.TestBeans.class)
public abstract class IntegrationTestBase {

    public static final String DEMO_PASSWORD = "lantern-demo";
    protected static final String STRONG_PASSWORD = "marble kettle orchard";
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One SMTP server for the whole test JVM on a free loopback port. It is started here rather than per class so
     * that its address is the same for every test and all of them share one application context.
     */
    private static final GreenMail MAIL_SERVER;

    static {
        MAIL_SERVER = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        MAIL_SERVER.start();
        Runtime.getRuntime().addShutdownHook(new Thread(MAIL_SERVER::stop, "test-mail-server-stop"));
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL_SERVER.getSmtp().getPort());
        // Tests send the outbox when they mean to (OutboxDispatcher.dispatchDue), never on a timer behind their back.
        properties.add("lantern.notification.dispatch-interval", () -> "1h");
    }

    /** The SMTP server every email sent during the tests reaches. */
    protected static GreenMail mailServer() {
        return MAIL_SERVER;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class TestBeans {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        TestRecords testRecords() {
            return new TestRecords();
        }
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected org.springframework.context.ApplicationContext applicationContext;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Ledger ledger;
    @Autowired
    protected Directory directory;
    @Autowired
    protected IdentityAdministration administration;
    @Autowired
    protected TestRecords testRecords;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected String tokenFor(String username) throws Exception {
        return tokenFor(username, DEMO_PASSWORD);
    }

    protected String tokenFor(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("username", username, "password", password))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("token").asString();
    }

    /** Signs in through the real sign-in form and returns the session, for page tests. */
    protected MockHttpSession signIn(String username) throws Exception {
        return signIn(username, DEMO_PASSWORD);
    }

    protected MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/sign-in").user(username)
                        .password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }

    protected static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    protected AgencyView agency(String name) {
        return directory.agencyNamed(name).orElseThrow();
    }

    /** A fresh user with the given roles in the named demo agency, with {@link #STRONG_PASSWORD}. */
    protected UserView newUser(String agencyName, String... roles) {
        return administration.createUser(LedgerActor.system("test"), new NewUser(unique("user."), "Test User",
                null, agency(agencyName).id().toString(), List.of(roles), STRONG_PASSWORD));
    }

    /** The user as the services see them when they act. */
    protected uk.lantern.identity.Actor actorOf(UserView user) {
        AgencyView agency = directory.agency(user.agencyId()).orElseThrow();
        return new uk.lantern.identity.Actor(user.id(), user.username(), user.displayName(), agency.id(),
                agency.name(), agency.type(), agency.areaCode(), user.roles());
    }

    protected uk.lantern.identity.Actor actorOf(String username) {
        return actorOf(directory.userNamed(username).orElseThrow());
    }

    protected AgencyView newAgency(String type, String areaCode) {
        return administration.createAgency(LedgerActor.system("test"), new NewAgency(unique("Agency "), type,
                areaCode));
    }

    /** Posts a minimal referral as the user and returns the response body. */
    protected JsonNode submitReferral(String token, String firstName, boolean cseConcern, String urgency)
            throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "children", List.of(Map.of("firstName", firstName, "surname", "Testchild",
                        "dateOfBirth", "2011-04-23")),
                "concern", "She has been seen getting into cars with older men after school.",
                "cseConcern", cseConcern, "urgency", urgency));
        String response = mvc.perform(post("/api/v1/referrals").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json(response);
    }

    /** Posts JSON as the user and returns the response body, expecting the status. */
    public JsonNode postJson(String username, String path, Map<String, ?> body, int expected) throws Exception {
        return json(mvc.perform(post(path).header("Authorization", bearer(tokenFor(username)))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString());
    }

    /** Escalates every overdue deadline now, as the scheduled sweep would. */
    protected int sweepDeadlines() {
        return uk.lantern.deadline.internal.Sweeps.sweep(applicationContext);
    }

    /** The newest ledger entry about a subject with the given action. */
    protected LedgerEntryView lastEntry(String subjectType, String subjectId, String action) {
        List<LedgerEntryView> entries = ledger.entriesAbout(subjectType, subjectId).stream()
                .filter(entry -> entry.action().equals(action)).toList();
        if (entries.isEmpty()) {
            throw new AssertionError("No " + action + " ledger entry about " + subjectType + " " + subjectId);
        }
        return entries.get(entries.size() - 1);
    }
}
