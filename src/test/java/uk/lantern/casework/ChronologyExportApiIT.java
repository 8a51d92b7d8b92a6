package uk.lantern.casework;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.OutsideManagers;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The chronology documents answer through the API as API: a refusal or a bad id is a problem, never a page. */
class ChronologyExportApiIT extends IntegrationTestBase {

    @Test
    void aRefusedExportIsAProblemAndAnAllowedOneIsTheDocument() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Jodie"), "Chronocase");
        String outsider = OutsideManagers.schoolManager(this);
        String path = "/api/v1/cases/" + worked.caseId.value() + "/chronology.pdf";

        MockHttpServletResponse refused = mvc.perform(get(path)
                .header("Authorization", bearer(tokenFor(outsider, STRONG_PASSWORD)))).andReturn().getResponse();
        MockHttpServletResponse allowed = mvc.perform(get(path)
                .header("Authorization", bearer(tokenFor("socialworker")))).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json(refused.getContentAsString()).get("title").asString()).isEqualTo("Forbidden");
        assertThat(allowed.getStatus()).isEqualTo(200);
        assertThat(allowed.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
    }

    @Test
    void anIdThatIsNoIdIsAProblemNamingTheField() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/cases/not-an-id/chronology.html")
                .header("Authorization", bearer(tokenFor("socialworker")))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json(response.getContentAsString()).get("errors").get(0).get("field").asString()).isEqualTo("id");
    }
}
