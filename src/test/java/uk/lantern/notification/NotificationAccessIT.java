package uk.lantern.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import uk.lantern.identity.UserId;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notifications page and API for every role: everyone may use them, and only ever for their own notifications.
 * Someone else's notification is answered exactly as one that does not exist.
 */
class NotificationAccessIT extends IntegrationTestBase {

    private static final String SOMEONE_ELSE = "referrer.oldham";

    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transaction;

    private UserId userId(String username) {
        return directory.userNamed(username).orElseThrow().id();
    }

    private UUID notify(String username, String subject) {
        UserId user = userId(username);
        transaction.executeWithoutResult(status -> notifications.notifyUser(user, new Notice(subject,
                "Details for the recipient only", "/account", "LNT-TEST")));
        return notifications.inbox(user, 1).get(0).id();
    }

    private boolean isRead(String username, UUID id) {
        return notifications.inbox(userId(username), 500).stream().filter(view -> view.id().equals(id)).findFirst()
                .orElseThrow().readAt() != null;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"referrer", "triage", "socialworker", "investigator", "analyst", "manager", "auditor",
            "admin"})
    void everyRoleSeesAndMarksReadOnlyTheirOwnNotifications(String username) throws Exception {
        String ownSubject = unique("For " + username + " ");
        UUID readOnThePage = notify(username, ownSubject);
        UUID readByTheApi = notify(username, ownSubject + " (API)");
        String otherSubject = unique("Not for " + username + " ");
        UUID someoneElses = notify(SOMEONE_ELSE, otherSubject);
        MockHttpSession session = signIn(username);
        String token = tokenFor(username);

        String page = mvc.perform(get("/notifications").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ownSubject).doesNotContain(otherSubject)
                .contains("Notifications (" + notifications.unreadCount(userId(username)) + ")");

        String list = mvc.perform(get("/api/v1/me/notifications").header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> listed = new ArrayList<>();
        for (JsonNode item : json(list)) {
            listed.add(item.get("id").asString());
        }
        assertThat(listed).contains(readOnThePage.toString(), readByTheApi.toString())
                .doesNotContain(someoneElses.toString());

        mvc.perform(post("/notifications/{id}/read", someoneElses).session(session).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/me/notifications/{id}/read", someoneElses).header("Authorization", bearer(token)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        assertThat(isRead(SOMEONE_ELSE, someoneElses)).isFalse();

        mvc.perform(post("/notifications/{id}/read", readOnThePage).session(session).with(csrf()))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("notice", "Notification marked as read"));
        mvc.perform(post("/api/v1/me/notifications/{id}/read", readByTheApi).header("Authorization", bearer(token)))
                .andExpect(status().isNoContent());
        assertThat(isRead(username, readOnThePage)).isTrue();
        assertThat(isRead(username, readByTheApi)).isTrue();
        assertThat(lastEntry("NOTIFICATION", readOnThePage.toString(), "NOTIFICATION_READ").actor())
                .isEqualTo(username);
        assertThat(lastEntry("NOTIFICATION", readByTheApi.toString(), "NOTIFICATION_READ").actor())
                .isEqualTo(username);
    }

    @Test
    void aNotificationThatDoesNotExistIsNotFoundOnThePageAndTheApi() throws Exception {
        UUID nobody = UUID.randomUUID();
        mvc.perform(post("/notifications/{id}/read", nobody).session(signIn("triage")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/me/notifications/{id}/read", nobody).header("Authorization",
                bearer(tokenFor("triage")))).andExpect(status().isNotFound());
    }

    @Test
    void anonymousCallersMustSignIn() throws Exception {
        UUID id = notify("triage", unique("Private "));
        mvc.perform(get("/api/v1/me/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/me/notifications/{id}/read", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/notifications")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/notifications/{id}/read", id).with(csrf())).andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in"));
        assertThat(isRead("triage", id)).isFalse();
    }

    @Test
    void theApiLimitIsCheckedAndNamed() throws Exception {
        String token = tokenFor("analyst");
        notify("analyst", unique("One "));
        notify("analyst", unique("Two "));
        mvc.perform(get("/api/v1/me/notifications?limit=1").header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].createdAt").value(org.hamcrest.Matchers.matchesPattern(
                        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z")))
                .andExpect(jsonPath("$[0].readAt").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/api/v1/me/notifications?limit=0").header("Authorization", bearer(token)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/v1/me/notifications?limit=many").header("Authorization", bearer(token)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void theHeaderShowsTheUnreadCountOnEveryPageAndTheApiIsDescribed() throws Exception {
        String username = newUser("Rochdale Health Trust (demo)", "REFERRER").username();
        MockHttpSession session = signIn(username, STRONG_PASSWORD);
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Notifications (0)");
        notify(username, "Something happened");
        assertThat(mvc.perform(get("/account").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Notifications (1)");
        assertThat(mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Notifications (");
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me/notifications']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me/notifications/{id}/read']").exists());
    }
}
