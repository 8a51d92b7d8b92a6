package uk.lantern.intelligence;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IntelligencePagesIT extends IntegrationTestBase {

    private String recordReport(MockHttpSession session, String handling, String sanitised) throws Exception {
        return mvc.perform(post("/intelligence").session(session).with(csrf())
                        .param("informationDate", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString())
                        .param("areaCode", "E08000005").param("sourceEvaluation", "1")
                        .param("intelligenceAssessment", "B").param("handlingCode", handling)
                        .param("handlingConditions", "C".equals(handling) ? "Consult the author first" : "")
                        .param("text", "A girl was seen getting into a white taxi outside the school at 15:30.")
                        .param("sanitisedText", sanitised))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void anInvestigatorRecordsAReportThenAddsSubjectsAndALinkOnThePages() throws Exception {
        MockHttpSession investigator = signIn("investigator");
        String location = recordReport(investigator, "P", "");
        assertThat(location).startsWith("/intelligence/");
        String id = location.substring("/intelligence/".length());
        assertThat(lastEntry("INTEL_REPORT", id, "INTELLIGENCE_RECORDED").actor()).isEqualTo("investigator");

        mvc.perform(post(location + "/subjects").session(investigator).with(csrf()).param("subjectType", "vehicle")
                        .param("vehicle.registration", "wt17 axi").param("vehicle.colour", "White"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/subjects").session(investigator).with(csrf()).param("subjectType", "person")
                        .param("person.firstName", "Kamal").param("person.surname", "Pagesuspect")
                        .param("role", "SUSPECT"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(location).session(investigator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("WT17AXI").contains("Kamal Pagesuspect").contains("1B P").contains("Add a link");

        String vehicle = jdbc.sql("SELECT 'vehicle:' || id FROM vehicle WHERE registration = 'WT17AXI'")
                .query(String.class).single();
        String person = jdbc.sql("SELECT 'person:' || subject_id FROM intel_subject WHERE report_id = ?::uuid "
                + "AND subject_type = 'PERSON'").param(id).query(String.class).single();
        mvc.perform(post(location + "/links").session(investigator).with(csrf()).param("from", person)
                        .param("to", vehicle).param("linkType", "USES_VEHICLE").param("linkDetail", "Drives it"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(location).session(investigator)).andReturn().getResponse().getContentAsString())
                .contains("Uses the vehicle");
    }

    @Test
    void mistakesAreNamedOnThePageAndLinkedFromTheSummary() throws Exception {
        MockHttpSession investigator = signIn("investigator");
        String page = mvc.perform(post("/intelligence").session(investigator).with(csrf())
                        .param("informationDate", "yesterday").param("handlingCode", "C").param("text", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#informationDate\"")
                .contains("href=\"#sourceEvaluation\"").contains("href=\"#handlingConditions\"")
                .contains("href=\"#text\"");

        String location = recordReport(investigator, "P", "");
        String subjectPage = mvc.perform(post(location + "/subjects").session(investigator).with(csrf())
                        .param("subjectType", "vehicle").param("vehicle.registration", "a silver car"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(subjectPage).contains("href=\"#vehicle.registration\"");
        String noType = mvc.perform(post(location + "/subjects").session(investigator).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noType).contains("href=\"#subjectType\"");
    }

    @Test
    void aSocialWorkerSeesOnlyTheSanitisedVersionAndCannotChangeIt() throws Exception {
        String location = recordReport(signIn("investigator"), "C", "A taxi is believed to collect girls from school.");
        MockHttpSession worker = signIn("socialworker");
        String page = mvc.perform(get(location).session(worker)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You are reading the sanitised version").contains("believed to collect girls")
                .doesNotContain("15:30").doesNotContain("Consult the author").doesNotContain("Add a subject");
        mvc.perform(post(location + "/sanitised-version").session(worker).with(csrf())
                        .param("sanitisedText", "Changed by someone else"))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/intelligence").session(worker)).andReturn().getResponse().getContentAsString())
                .contains("Sanitised");
    }
}
