package uk.lantern.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input is a 400 naming the field, never a 500 and never silently changed: text PostgreSQL cannot store, values
 * of the wrong JSON type, an impossible date of birth and a form index past the end of any form.
 */
class InputRulesIT extends IntegrationTestBase {

    private static final String CONCERN = "She has been seen getting into cars with older men after school.";

    private ResultActions postReferral(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/referrals").header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String referral(String childFields, String concern) {
        return "{\"children\":[{\"firstName\":\"Ina\",\"surname\":\"Inputchild\"" + childFields + "}],"
                + "\"concern\":" + concern + ",\"cseConcern\":true,\"urgency\":\"URGENT\"}";
    }

    @Test
    void aNulCharacterInAnyApiTextFieldIsA400NamingTheField() throws Exception {
        String token = tokenFor("referrer");
        postReferral(token, referral("", "\"Seen with\\u0000 older men\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("concern"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("NUL")));
        postReferral(token, referral(",\"school\":\"Hill\\u0000 School\"", "\"" + CONCERN + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("children[0].school"));
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"la\\u0000ptop\",\"daysValid\":5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() throws Exception {
        postReferral(tokenFor("referrer"), referral("", "\"Seen with older men \\ud800\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("concern"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("surrogate")));
    }

    @Test
    void aNumberIsNotTakenAsTextNorAFractionAsAWholeNumber() throws Exception {
        String token = tokenFor("referrer");
        postReferral(token, referral("", "12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("concern"))
                .andExpect(jsonPath("$.errors[0].message").value("concern must be text, in double quotes"));
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"laptop\",\"daysValid\":1.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("daysValid"))
                .andExpect(jsonPath("$.errors[0].message").value("daysValid must be a whole number"));
    }

    @Test
    void aDateOfBirthBefore1900IsA400NotADatabaseError() throws Exception {
        postReferral(tokenFor("referrer"), referral(",\"dateOfBirth\":\"1899-12-31\"", "\"" + CONCERN + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("children[0].dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1900")));
    }

    @Test
    void theApiAcceptsAnNhsNumberWrittenWithSpacesAsTheImportDoes() throws Exception {
        String body = postReferral(tokenFor("referrer"),
                referral(",\"nhsNumber\":\"943 476 5919\"", "\"" + CONCERN + "\""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String referralId = json(body).get("id").asString();
        List<String> stored = jdbc.sql("SELECT c.nhs_number FROM child c JOIN referral_child rc ON rc.child_id = c.id "
                + "WHERE rc.referral_id = ?::uuid").param(referralId).query(String.class).list();
        assertThat(stored).containsExactly("9434765919");
    }

    @Test
    void aNulCharacterInAFormOrQueryIsA400PageNamingTheField() throws Exception {
        MockHttpSession referrer = signIn("referrer");
        String page = mvc.perform(post("/referrals").session(referrer).with(csrf())
                        .param("children[0].firstName", "Ma\u0000ya").param("children[0].surname", "Formchild")
                        .param("children[0].areaCode", "E08000005").param("concern", CONCERN)
                        .param("cseConcern", "true").param("urgency", "URGENT"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("children[0].firstName must not contain a NUL");
        mvc.perform(get("/api/v1/me").param("q", "a\u0000b").header("Authorization", bearer(tokenFor("referrer"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void aFormIndexPastTheEndOfAnyFormIsA400() throws Exception {
        String page = mvc.perform(post("/referrals").session(signIn("referrer")).with(csrf())
                        .param("children[5000].firstName", "Maya").param("concern", CONCERN))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("children[5000].firstName is past the end of the form");
    }

    @Test
    void ordinaryTextStillPasses() throws Exception {
        postReferral(tokenFor("referrer"), referral(",\"school\":\"Zoë's 😀 school\"", "\"" + CONCERN + "\""))
                .andExpect(status().isCreated());
    }
}
