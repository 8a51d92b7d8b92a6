package uk.lantern.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.support.HttpFromAddress;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in is limited by client address as well as by account, with the default limit of 20 unsuccessful attempts per
 * address in 15 minutes. It runs on an application of its own, because the shared one raises the limit: every other
 * test signs in from 127.0.0.1. Each test uses addresses of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lantern.data-dir=${lantern.test.data-root:target/it-data/default}/sign-in-throttle",
                "lantern.demo.town-children=0", "lantern.timescales.sweep-interval=PT1H",
                "lantern.casework.retention-purge-cron=-"})
@AutoConfigureMockMvc
@Import(IntegrationTestBase.TestBeans.class)
class SignInThrottleIT {

    private static final int DEFAULT_LIMIT = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder pageSignIn(String username, String password) {
        return post("/sign-in").param("username", username).param("password", password).with(csrf());
    }

    private static MockHttpServletRequestBuilder tokenRequest(String username, String password) {
        return post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", username, "password", password)));
    }

    @Test
    void sixtyAttemptsAcrossSixtyUsernamesAreCutOffAtTheLimit() throws Exception {
        String address = "198.51.100.10";
        int refused = 0;
        for (int attempt = 1; attempt <= 60; attempt++) {
            MvcResult result = mvc.perform(pageSignIn("guess" + attempt, "Password123!").with(from(address)))
                    .andReturn();
            if (attempt <= DEFAULT_LIMIT) {
                assertThat(result.getResponse().getRedirectedUrl()).as("attempt %d", attempt)
                        .isEqualTo("/sign-in?error");
            } else {
                assertThat(result.getResponse().getStatus()).as("attempt %d", attempt).isEqualTo(429);
                assertThat(result.getResponse().getHeader("Retry-After")).isNotBlank();
                refused++;
            }
        }
        assertThat(refused).isEqualTo(60 - DEFAULT_LIMIT);

        mvc.perform(pageSignIn("analyst", IntegrationTestBase.DEMO_PASSWORD).with(from(address)))
                .andExpect(status().is(429));
        mvc.perform(pageSignIn("analyst", IntegrationTestBase.DEMO_PASSWORD).with(from("198.51.100.11")))
                .andExpect(redirectedUrl("/"));

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        mvc.perform(pageSignIn("analyst", IntegrationTestBase.DEMO_PASSWORD).with(from(address)))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theTokenEndpointCountsTowardsTheSameLimitAndAnswersAProblem() throws Exception {
        String address = "198.51.100.20";
        for (int attempt = 1; attempt <= DEFAULT_LIMIT; attempt++) {
            mvc.perform(tokenRequest("guess" + attempt, "Password123!").with(from(address)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(tokenRequest("analyst", IntegrationTestBase.DEMO_PASSWORD).with(from(address)))
                .andExpect(status().is(429))
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+")))
                .andExpect(jsonPath("$.title").value("Too Many Requests"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Too many unsuccessful sign-ins have come from your network")));
        mvc.perform(pageSignIn("analyst", IntegrationTestBase.DEMO_PASSWORD).with(from(address)))
                .andExpect(status().is(429));
    }

    @Test
    void behindTheTrustedProxyEachClientIsCountedByItsForwardedAddress() throws Exception {
        HttpFromAddress proxy = new HttpFromAddress(HttpFromAddress.TRUSTED_PROXY, port);
        Map<String, String> client = Map.of("X-Forwarded-For", "203.0.113.50", "X-Forwarded-Proto", "https");
        for (int attempt = 1; attempt <= DEFAULT_LIMIT; attempt++) {
            assertThat(failedTokenRequest(proxy, client)).as("attempt %d", attempt).isEqualTo(401);
        }
        assertThat(failedTokenRequest(proxy, client)).isEqualTo(429);
        assertThat(failedTokenRequest(proxy, Map.of("X-Forwarded-For", "203.0.113.51")))
                .as("another client behind the same proxy").isEqualTo(401);

        HttpFromAddress.Response page = pageSignInOverHttp(proxy, client);
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains("Too many attempts to sign in")
                .containsPattern("Wait 1[45] minutes, then try again");
    }

    @Test
    void anUntrustedClientCannotEscapeTheLimitByForgingItsForwardedAddress() throws Exception {
        HttpFromAddress stranger = new HttpFromAddress(HttpFromAddress.UNTRUSTED_CLIENT, port);
        for (int attempt = 1; attempt <= DEFAULT_LIMIT; attempt++) {
            assertThat(failedTokenRequest(stranger, Map.of("X-Forwarded-For", "192.0.2." + attempt)))
                    .as("attempt %d", attempt).isEqualTo(401);
        }
        assertThat(failedTokenRequest(stranger, Map.of("X-Forwarded-For", "192.0.2.99"))).isEqualTo(429);
    }

    private static int failedTokenRequest(HttpFromAddress from, Map<String, String> headers) throws Exception {
        return from.post("/api/v1/auth/token", headers, "application/json",
                JSON.writeValueAsString(Map.of("username", "nobody", "password", "not the password"))).status();
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("(lantern-session=[^;]+)");

    /** Posts the sign-in form as a browser would: with the session cookie and CSRF token from the form. */
    private static HttpFromAddress.Response pageSignInOverHttp(HttpFromAddress from, Map<String, String> forwarded)
            throws Exception {
        Map<String, String> headers = new HashMap<>(forwarded);
        headers.put("Accept", "text/html");
        HttpFromAddress.Response form = from.get("/sign-in", headers);
        Matcher csrf = CSRF_FIELD.matcher(form.body());
        Matcher cookie = SESSION_COOKIE.matcher(form.header("Set-Cookie").orElseThrow());
        assertThat(csrf.find()).as("CSRF field in the sign-in form").isTrue();
        assertThat(cookie.find()).as("session cookie").isTrue();
        headers.put("Cookie", cookie.group(1));
        return from.post("/sign-in", headers, "application/x-www-form-urlencoded",
                "username=nobody&password=guess&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
    }
}
