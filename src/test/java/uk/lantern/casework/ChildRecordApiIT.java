package uk.lantern.casework;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.OutsideManagers;
import uk.lantern.support.ReferredChild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The child's record answers through the API as every other API endpoint does: a refusal and a bad request are
 * problem details, and a bad request names the field, never the HTML page a browser would get.
 */
class ChildRecordApiIT extends IntegrationTestBase {

    @Test
    void aRefusedReadIsAProblemThatOffersBreakGlass() throws Exception {
        ReferredChild child = ReferredChild.referredBy(this, "referrer", unique("Ada"), true);
        String outsider = OutsideManagers.schoolManager(this);

        MockHttpServletResponse response = mvc.perform(get("/api/v1/children/" + child.childId())
                .header("Authorization", bearer(tokenFor(outsider, STRONG_PASSWORD)))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json(response.getContentAsString());
        assertThat(problem.get("title").asString()).isEqualTo("Forbidden");
        assertThat(problem.get("breakGlassAvailable").asBoolean()).isTrue();
    }

    @Test
    void voidingWithoutAReasonIsAProblemNamingTheReason() throws Exception {
        ReferredChild child = ReferredChild.referredBy(this, "referrer", unique("Bea"), true);

        MockHttpServletResponse response = voidAsTriage(child.childId(), "{\"reason\":\"  \"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json(response.getContentAsString()).get("errors").get(0).get("field").asString())
                .isEqualTo("reason");
    }

    @Test
    void aReasonTooLongAndAnIdThatIsNoIdAreProblemsNamingTheirFields() throws Exception {
        ReferredChild child = ReferredChild.referredBy(this, "referrer", unique("Cleo"), true);

        MockHttpServletResponse tooLong = voidAsTriage(child.childId(), "{\"reason\":\"" + "x".repeat(1001) + "\"}");
        MockHttpServletResponse notAnId = mvc.perform(get("/api/v1/children/not-an-id")
                .header("Authorization", bearer(tokenFor("triage")))).andReturn().getResponse();

        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(json(tooLong.getContentAsString()).get("errors").get(0).get("field").asString())
                .isEqualTo("reason");
        assertThat(notAnId.getStatus()).isEqualTo(400);
        assertThat(notAnId.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json(notAnId.getContentAsString()).get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    private MockHttpServletResponse voidAsTriage(String childId, String body) throws Exception {
        return mvc.perform(post("/api/v1/children/" + childId + "/void")
                        .header("Authorization", bearer(tokenFor("triage")))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }
}
