package uk.lantern.identity;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiAuthenticationIT extends IntegrationTestBase {

    @Test
    void meReturnsTheUserTheirAgencyAreaAndRolesWithAToken() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(tokenFor("triage"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("triage"))
                .andExpect(jsonPath("$.agency.name").value("Rochdale Children's Social Care (demo)"))
                .andExpect(jsonPath("$.agency.type").value("CHILDRENS_SOCIAL_CARE"))
                .andExpect(jsonPath("$.area.code").value("E08000005"))
                .andExpect(jsonPath("$.area.name").value("Rochdale"))
                .andExpect(jsonPath("$.roles[0]").value("TRIAGE"));
    }

    @Test
    void meWithoutATokenIs401ProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"lantern\""))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aMalformedTokenIsRefusedWithAReason() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("malformed")));
        mvc.perform(get("/api/v1/me").header("Authorization", "Basic dXNlcjpwYXNz"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Bearer")));
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer lnt_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The token is not recognised"));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = tokenFor("analyst");
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isOk());
        clock.advance(Duration.ofHours(8).plusMinutes(1));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("expired")));
    }

    @Test
    void aPersonalTokenCanBeCreatedUsedAndRevoked() throws Exception {
        String signInToken = tokenFor("investigator");
        String created = mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer(signInToken))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("name", "Analyst's Notebook export", "daysValid", 7))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.startsWith("lnt_")))
                .andReturn().getResponse().getContentAsString();
        String personal = json(created).get("token").asString();
        String id = json(created).get("id").asString();

        mvc.perform(get("/api/v1/me").header("Authorization", bearer(personal))).andExpect(status().isOk());
        String listed = mvc.perform(get("/api/v1/me/tokens").header("Authorization", bearer(personal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("Analyst's Notebook export").doesNotContain(personal);

        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", bearer(signInToken)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(personal)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The token has been revoked"));

        UserView investigator = directory.userNamed("investigator").orElseThrow();
        assertThat(lastEntry("USER", investigator.id().toString(), "API_TOKEN_ISSUED").payload())
                .contains("Analyst's Notebook export");
        assertThat(lastEntry("USER", investigator.id().toString(), "API_TOKEN_REVOKED").payload()).contains(id);
    }

    @Test
    void tokensAreStoredOnlyAsDigests() throws Exception {
        String token = tokenFor("analyst");
        Integer stored = jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ? OR token_hash = ?")
                .params(token, token.substring(0, Math.min(64, token.length()))).query(Integer.class).single();
        assertThat(stored).isZero();
    }

    @Test
    void aPersonalTokenNeedsANameAndAValidLifetime() throws Exception {
        String token = tokenFor("investigator");
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("name", "x".repeat(81), "daysValid", 7))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("name", "tool", "daysValid", 365))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("daysValid"));
    }

    @Test
    void aWrongPasswordGivesNoToken() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("username", "analyst", "password", "wrong password!"))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The username or password is incorrect"));
    }

    @Test
    void aMissingOrOverlongUsernameIsNamedInTheProblem() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("username", "u".repeat(65), "password", "x"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
