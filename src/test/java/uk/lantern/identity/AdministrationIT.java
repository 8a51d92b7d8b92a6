package uk.lantern.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdministrationIT extends IntegrationTestBase {

    private String createUserBody(String username, List<String> roles) {
        return JSON.writeValueAsString(Map.of("username", username, "displayName", "Pat Example",
                "agencyId", agency("Oldham Health Trust (demo)").id().toString(), "roles", roles,
                "password", STRONG_PASSWORD));
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() throws Exception {
        String username = unique("pat.");
        String body = mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer(tokenFor("admin")))
                        .contentType(MediaType.APPLICATION_JSON).content(createUserBody(username, List.of("referrer"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0]").value("REFERRER"))
                .andReturn().getResponse().getContentAsString();
        String id = json(body).get("id").asString();
        var entry = lastEntry("USER", id, "USER_CREATED");
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.payload()).contains(username).contains("REFERRER").doesNotContain(STRONG_PASSWORD);
        signIn(username, STRONG_PASSWORD);
    }

    @Test
    void anUnknownRoleIsNamedInTheProblem() throws Exception {
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer(tokenFor("admin")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(createUserBody(unique("pat."), List.of("REFERRER", "SUPERHERO"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("roles[1]"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("SUPERHERO")));
    }

    @Test
    void anOverlongFieldIsNamedInTheProblemAndNothingIsStored() throws Exception {
        String username = unique("pat.");
        String body = JSON.writeValueAsString(Map.of("username", username, "displayName", "P".repeat(121),
                "agencyId", agency("Oldham Health Trust (demo)").id().toString(), "roles", List.of("REFERRER"),
                "password", STRONG_PASSWORD));
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer(tokenFor("admin")))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("displayName"));
        assertThat(directory.userNamed(username)).isEmpty();
    }

    @Test
    void everyProblemWithANewUserIsReportedAtOnce() throws Exception {
        String body = JSON.writeValueAsString(Map.of("username", "Bad Name!", "displayName", "",
                "agencyId", "not-an-agency", "roles", List.of(), "password", "short"));
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer(tokenFor("admin")))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "username", "displayName", "agencyId", "roles", "password")));
    }

    @Test
    void anAgencyNeedsAKnownTypeAndArea() throws Exception {
        String body = JSON.writeValueAsString(Map.of("name", unique("Agency "), "type", "BAKERY",
                "areaCode", "E99999999"));
        mvc.perform(post("/api/v1/admin/agencies").header("Authorization", bearer(tokenFor("admin")))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[1].field").value("areaCode"));
    }

    @Test
    void anAgencyIsCreatedAndChangedWithLedgerEntries() throws Exception {
        String token = tokenFor("admin");
        String name = unique("Oldham Youth Service ");
        String created = mvc.perform(post("/api/v1/admin/agencies").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("name", name, "type", "youth service",
                                "areaCode", "E08000004"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("YOUTH_SERVICE"))
                .andExpect(jsonPath("$.areaName").value("Oldham"))
                .andReturn().getResponse().getContentAsString();
        String id = json(created).get("id").asString();
        assertThat(lastEntry("AGENCY", id, "AGENCY_CREATED").payload()).contains(name);

        mvc.perform(put("/api/v1/admin/agencies/" + id).header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("name", name, "type", "VOLUNTARY_SECTOR",
                                "areaCode", "E08000004"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("VOLUNTARY_SECTOR"));
        assertThat(lastEntry("AGENCY", id, "AGENCY_CHANGED").payload()).contains("VOLUNTARY_SECTOR");
    }

    @Test
    void disablingAUserEndsTheirSessionAtOnce() throws Exception {
        UserView user = newUser("Rochdale Brookside Academy (demo)", "REFERRER");
        MockHttpSession session = signIn(user.username(), STRONG_PASSWORD);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/").session(session))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/admin/users/" + user.id()).header("Authorization", bearer(tokenFor("admin")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("displayName", "Test User",
                                "agencyId", user.agencyId().toString(), "roles", List.of("REFERRER"),
                                "enabled", false))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/").session(session))
                .andExpect(redirectedUrl("/sign-in?ended"));
        assertThat(lastEntry("USER", user.id().toString(), "USER_CHANGED").payload()).contains("\"enabled\":false");
    }

    @Test
    void theUserFormShowsAnErrorSummaryNamingEachField() throws Exception {
        MockHttpSession admin = signIn("admin");
        String page = mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("username", "").param("displayName", "").param("agencyId", "")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("There is a problem")
                .contains("href=\"#username\"").contains("Enter a username")
                .contains("href=\"#roles\"").contains("Select at least one role")
                .contains("href=\"#password\"");
    }

    @Test
    void theUserFormCreatesAUser() throws Exception {
        MockHttpSession admin = signIn("admin");
        String username = unique("form.");
        mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("username", username).param("displayName", "Form User")
                        .param("agencyId", agency("Rotherham Health Trust (demo)").id().toString())
                        .param("roles", "REFERRER", "MANAGER").param("password", STRONG_PASSWORD))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(directory.userNamed(username)).hasValueSatisfying(user ->
                assertThat(user.roles()).containsExactlyInAnyOrder(Role.REFERRER, Role.MANAGER));
    }

    @Test
    void untickingCanSignInOnTheFormDisablesTheUser() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        mvc.perform(post("/admin/users/" + user.id()).session(signIn("admin")).with(csrf())
                        .param("displayName", "Test User").param("agencyId", user.agencyId().toString())
                        .param("roles", "REFERRER").param("_enabled", "on"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(directory.user(user.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void anApiUpdateWithoutEnabledKeepsTheUserDisabled() throws Exception {
        UserView user = newUser("Rochdale Health Trust (demo)", "REFERRER");
        String token = tokenFor("admin");
        for (String body : List.of(
                "{\"displayName\":\"Test User\",\"agencyId\":\"" + user.agencyId() + "\",\"roles\":[\"REFERRER\"],\"enabled\":false}",
                "{\"displayName\":\"Renamed User\",\"agencyId\":\"" + user.agencyId() + "\",\"roles\":[\"REFERRER\"]}")) {
            mvc.perform(put("/api/v1/admin/users/" + user.id()).header("Authorization", bearer(token))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
        }
        UserView after = directory.user(user.id()).orElseThrow();
        assertThat(after.displayName()).isEqualTo("Renamed User");
        assertThat(after.enabled()).isFalse();
    }

    @Test
    void aFormWithoutACsrfTokenIsRefused() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/admin/users").session(admin).param("username", unique("x.")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAgencyFormRejectsAnUnknownArea() throws Exception {
        MockHttpSession admin = signIn("admin");
        String page = mvc.perform(post("/admin/agencies").session(admin).with(csrf())
                        .param("name", unique("Agency ")).param("type", "HEALTH").param("areaCode", "E99999999"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("Unknown area code");
    }
}
