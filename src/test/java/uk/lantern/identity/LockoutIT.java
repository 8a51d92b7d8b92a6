package uk.lantern.identity;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LockoutIT extends IntegrationTestBase {

    private void failSignIn(String username) throws Exception {
        mvc.perform(formLogin("/sign-in").user(username).password("not the password"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void fiveFailedSignInsLockTheAccountForFifteenMinutes() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        for (int attempt = 1; attempt <= 5; attempt++) {
            failSignIn(user.username());
        }
        mvc.perform(formLogin("/sign-in").user(user.username()).password(STRONG_PASSWORD))
                .andExpect(redirectedUrl("/sign-in?locked"));
        assertThat(lastEntry("USER", user.id().toString(), "USER_LOCKED").actor()).isEqualTo("system:sign-in");
        assertThat(ledger.entriesAbout("USER", user.id().toString()).stream()
                .filter(entry -> entry.action().equals("SIGN_IN_FAILED"))).hasSize(5);

        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin("/sign-in").user(user.username()).password(STRONG_PASSWORD))
                .andExpect(redirectedUrl("/sign-in?locked"));

        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin("/sign-in").user(user.username()).password(STRONG_PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(lastEntry("USER", user.id().toString(), "USER_SIGNED_IN")).isNotNull();
    }

    @Test
    void fourFailuresThenASuccessStartTheCountAgain() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        for (int attempt = 1; attempt <= 4; attempt++) {
            failSignIn(user.username());
        }
        signIn(user.username(), STRONG_PASSWORD);
        for (int attempt = 1; attempt <= 4; attempt++) {
            failSignIn(user.username());
        }
        signIn(user.username(), STRONG_PASSWORD);
    }

    @Test
    void failedTokenRequestsCountTowardsTheSameLockout() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("username", user.username(),
                                    "password", "not the password"))))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("username", user.username(),
                                "password", STRONG_PASSWORD))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("locked")));
    }

    @Test
    void anAdministratorCanUnlockAnAccount() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        for (int attempt = 1; attempt <= 5; attempt++) {
            failSignIn(user.username());
        }
        mvc.perform(post("/api/v1/admin/users/" + user.id() + "/unlock")
                        .header("Authorization", bearer(tokenFor("admin"))))
                .andExpect(status().isNoContent());
        signIn(user.username(), STRONG_PASSWORD);
        assertThat(lastEntry("USER", user.id().toString(), "USER_UNLOCKED").actor()).isEqualTo("admin");
    }

    @Test
    void aLockedUsersApiTokenStopsWorking() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        String token = tokenFor(user.username(), STRONG_PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            failSignIn(user.username());
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/me")
                        .header("Authorization", bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("disabled or locked")));
    }
}
