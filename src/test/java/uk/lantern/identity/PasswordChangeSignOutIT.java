package uk.lantern.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A password change, by the user or an administrator, and disabling an account end every session and token the user
 * had; the session that changed its own password carries on, and whatever is begun afterwards works.
 */
class PasswordChangeSignOutIT extends IntegrationTestBase {

    private static final String NEW_PASSWORD = "lantern orchard copper";

    /** Everything a user can be signed in with. */
    private record SignIns(MockHttpSession session, String signInToken, String personalToken, String personalTokenId) {
    }

    private SignIns signInEveryWay(UserView user) throws Exception {
        MockHttpSession session = signIn(user.username(), STRONG_PASSWORD);
        String signInToken = tokenFor(user.username(), STRONG_PASSWORD);
        String created = mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer(signInToken))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("name", "reporting script", "daysValid", 90))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertStillSignedIn(session);
        return new SignIns(session, signInToken, json(created).get("token").asString(),
                json(created).get("id").asString());
    }

    private void assertStillSignedIn(MockHttpSession session) throws Exception {
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
    }

    private void assertSessionEnded(MockHttpSession session) throws Exception {
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/sign-in?ended"));
    }

    private void assertTokenRevoked(String token) throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The token has been revoked"));
    }

    private void assertTokenWorks(String token) throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isOk());
    }

    private List<String> revocationsOf(UserView user) {
        return ledger.entriesAbout("USER", user.id().toString()).stream()
                .filter(entry -> entry.action().equals("API_TOKEN_REVOKED")).map(LedgerEntryView::payload).toList();
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsAndRevokesYourTokens() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        SignIns elsewhere = signInEveryWay(user);
        MockHttpSession changing = signIn(user.username(), STRONG_PASSWORD);
        String sessionIdBefore = changing.getId();

        mvc.perform(post("/account/password").session(changing).with(csrf())
                        .param("currentPassword", STRONG_PASSWORD).param("newPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        assertThat(changing.getId()).as("the changing session is re-issued").isNotEqualTo(sessionIdBefore);
        assertStillSignedIn(changing);
        assertSessionEnded(elsewhere.session());
        assertTokenRevoked(elsewhere.signInToken());
        assertTokenRevoked(elsewhere.personalToken());
        assertThat(revocationsOf(user)).hasSize(2).allSatisfy(payload -> assertThat(payload)
                .contains("\"reason\":\"PASSWORD_CHANGED\""));
        assertThat(revocationsOf(user)).anySatisfy(payload -> assertThat(payload)
                .contains(elsewhere.personalTokenId()));
        assertThat(lastEntry("USER", user.id().toString(), "USER_PASSWORD_CHANGED").actor())
                .isEqualTo(user.username());

        assertTokenWorks(tokenFor(user.username(), NEW_PASSWORD));
        assertStillSignedIn(signIn(user.username(), NEW_PASSWORD));
    }

    @Test
    void anAdministratorsResetEndsEverySessionAndTokenOfTheUser() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        SignIns before = signInEveryWay(user);
        MockHttpSession admin = signIn("admin");

        mvc.perform(post("/admin/users/" + user.id() + "/password").session(admin).with(csrf())
                        .param("newPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));

        assertStillSignedIn(admin);
        assertSessionEnded(before.session());
        assertTokenRevoked(before.signInToken());
        assertTokenRevoked(before.personalToken());
        assertThat(revocationsOf(user)).hasSize(2).allSatisfy(payload -> assertThat(payload)
                .contains("\"reason\":\"PASSWORD_CHANGED\""));
        assertThat(lastEntry("USER", user.id().toString(), "USER_PASSWORD_CHANGED").actor()).isEqualTo("admin");
        assertTokenWorks(tokenFor(user.username(), NEW_PASSWORD));
    }

    @Test
    void anAdministratorResettingTheirOwnPasswordStaysSignedIn() throws Exception {
        UserView admin = newUser("Rochdale Council Digital Services (demo)", "ADMINISTRATOR");
        MockHttpSession session = signIn(admin.username(), STRONG_PASSWORD);

        mvc.perform(post("/admin/users/" + admin.id() + "/password").session(session).with(csrf())
                        .param("newPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/admin/users/" + admin.id()));

        assertStillSignedIn(session);
    }

    @Test
    void enablingADisabledAccountBringsBackNoSessionOrTokenFromBefore() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        SignIns before = signInEveryWay(user);
        String adminToken = tokenFor("admin");

        for (boolean enabled : new boolean[] {false, true}) {
            mvc.perform(put("/api/v1/admin/users/" + user.id()).header("Authorization", bearer(adminToken))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("displayName", "Test User",
                                    "agencyId", user.agencyId().toString(), "roles", List.of("REFERRER"),
                                    "enabled", enabled))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.enabled").value(enabled));
        }

        assertSessionEnded(before.session());
        assertTokenRevoked(before.signInToken());
        assertTokenRevoked(before.personalToken());
        assertThat(revocationsOf(user)).hasSize(2).allSatisfy(payload -> assertThat(payload)
                .contains("\"reason\":\"ACCOUNT_DISABLED\""));
        assertThat(lastEntry("USER", user.id().toString(), "API_TOKEN_REVOKED").actor()).isEqualTo("admin");

        SignIns after = signInEveryWay(user);
        assertTokenWorks(after.signInToken());
        assertTokenWorks(after.personalToken());
    }

    @Test
    void aTokenThatEscapedRevocationIsStillRefusedForBeginningBeforeTheChange() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        String token = tokenFor(user.username(), STRONG_PASSWORD);
        administration.changePassword(LedgerActor.system("test"), user.id(), NEW_PASSWORD);
        // As if the token had been issued by a sign-in with the old password that committed after the revocation.
        jdbc.sql("UPDATE api_token SET revoked_at = NULL WHERE user_id = ?").param(user.id().value()).update();

        assertTokenRevoked(token);
    }
}
