package uk.lantern.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The indicator set and the language check are open to every signed-in role, and to nobody else. */
class RiskEndpointsIT extends IntegrationTestBase {

    private static final String INDICATORS = "/api/v1/risk/indicators";
    private static final String LANGUAGE_CHECK = "/api/v1/language/check";
    private static final String NOTE = "{\"text\": \"She is 14 and keeps putting herself at risk with her older "
            + "boyfriend.\"}";

    @ParameterizedTest
    @ValueSource(strings = {"referrer", "triage", "socialworker", "investigator", "analyst", "manager", "auditor",
            "admin"})
    void everySignedInRoleGetsTheCurrentIndicatorSet(String username) throws Exception {
        String body = mvc.perform(get(INDICATORS).header("Authorization", bearer(tokenFor(username))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        JsonNode set = json(body);
        assertThat(set.get("version").asInt()).isEqualTo(1);
        assertThat(set.get("indicators").size()).isEqualTo(19);
        JsonNode first = set.get("indicators").get(0);
        assertThat(first.get("code").asString()).isEqualTo("MISSING_EPISODES");
        assertThat(first.get("label").asString()).isEqualTo("Going missing");
        assertThat(first.get("kind").asString()).isEqualTo("RISK");
        assertThat(first.get("guidance").asString()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"referrer", "triage", "socialworker", "investigator", "analyst", "manager", "auditor",
            "admin"})
    void everySignedInRoleCanCheckLanguage(String username) throws Exception {
        mvc.perform(post(LANGUAGE_CHECK).header("Authorization", bearer(tokenFor(username)))
                        .contentType(MediaType.APPLICATION_JSON).content(NOTE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings.length()").value(2))
                .andExpect(jsonPath("$.findings[0].matchedText").value("putting herself at risk"))
                .andExpect(jsonPath("$.findings[0].start").value(20))
                .andExpect(jsonPath("$.findings[0].end").value(43))
                .andExpect(jsonPath("$.findings[0].suggestion").isNotEmpty())
                .andExpect(jsonPath("$.findings[0].reason").isNotEmpty())
                .andExpect(jsonPath("$.findings[1].phrase").value("older boyfriend"));
    }

    @Test
    void theIndicatorSetNeedsSignIn() throws Exception {
        mvc.perform(get(INDICATORS)).andExpect(status().isUnauthorized());
    }

    @Test
    void theLanguageCheckNeedsSignIn() throws Exception {
        mvc.perform(post(LANGUAGE_CHECK).contentType(MediaType.APPLICATION_JSON).content(NOTE))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void textOver10000CharactersIsRefusedNamingTheField() throws Exception {
        String tooLong = "{\"text\": \"" + "a".repeat(10_001) + "\"}";

        mvc.perform(post(LANGUAGE_CHECK).header("Authorization", bearer(tokenFor("socialworker")))
                        .contentType(MediaType.APPLICATION_JSON).content(tooLong))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("text must be 10000 characters or fewer"));
    }

    @Test
    void textOfExactly10000CharactersIsChecked() throws Exception {
        String longest = "{\"text\": \"" + "a".repeat(10_000) + "\"}";

        mvc.perform(post(LANGUAGE_CHECK).header("Authorization", bearer(tokenFor("socialworker")))
                        .contentType(MediaType.APPLICATION_JSON).content(longest))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings.length()").value(0));
    }

    @Test
    void missingTextIsRefusedNamingTheField() throws Exception {
        mvc.perform(post(LANGUAGE_CHECK).header("Authorization", bearer(tokenFor("triage")))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("text is required"));
    }
}
