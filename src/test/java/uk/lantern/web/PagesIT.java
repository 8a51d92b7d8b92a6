package uk.lantern.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PagesIT extends IntegrationTestBase {

    @Test
    void everyPageCarriesTheDemoBanner() throws Exception {
        String signIn = mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(signIn).contains("Demo — all data is synthetic");
        String home = mvc.perform(get("/").session(signIn("triage"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Demo — all data is synthetic").contains("Triage practitioner")
                .contains("Rochdale Children&#39;s Social Care (demo)");
    }

    @Test
    void theHomePageHasASectionForEachOfTheUsersRoles() throws Exception {
        String admin = mvc.perform(get("/").session(signIn("admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(admin).contains("Manage users").contains("Verify the ledger");
        String referrer = mvc.perform(get("/").session(signIn("referrer"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(referrer).contains("Raises concerns").doesNotContain("Manage users").doesNotContain("Verify the ledger");
    }

    @Test
    void aMissingPageLeaksNothing() throws Exception {
        String page = mvc.perform(get("/no/such/page").session(signIn("triage")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aMissingApiResourceIsAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", bearer(tokenFor("triage"))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aRefusedPageSaysSoWithoutDetail() throws Exception {
        String page = mvc.perform(get("/admin/users").session(signIn("referrer")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You do not have access to this page").doesNotContain("AccessDenied");
    }

    @Test
    void healthIsUpAndTheOpenApiDescriptionIsPublished() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/ledger/verification']").exists());
    }

    @Test
    void demoUsersExistForEveryRoleInTheirAreas() {
        assertThat(directory.userNamed("triage").orElseThrow().areaCode()).isEqualTo("E08000005");
        assertThat(directory.userNamed("referrer.oldham").orElseThrow().areaCode()).isEqualTo("E08000004");
        assertThat(directory.userNamed("triage.oldham").orElseThrow().areaCode()).isEqualTo("E08000004");
        assertThat(directory.userNamed("investigator.rotherham").orElseThrow().agencyName())
                .isEqualTo("South Yorkshire Police (demo)");
        assertThat(directory.userNamed("investigator").orElseThrow().agencyName())
                .isEqualTo("Greater Manchester Police (demo)");
        for (String username : new String[] {"referrer", "triage", "socialworker", "investigator", "analyst",
                "manager", "auditor", "admin"}) {
            var user = directory.userNamed(username).orElseThrow();
            var agency = directory.agency(user.agencyId()).orElseThrow();
            assertThat(agency.areaCode()).as(username).isIn("E08000005", "E23000005");
        }
        for (String area : new String[] {"Rochdale", "Oldham", "Rotherham"}) {
            assertThat(directory.agencyNamed(area + " Children's Social Care (demo)")).isPresent();
            assertThat(directory.agencyNamed(area + " Health Trust (demo)")).isPresent();
            assertThat(directory.agencyNamed(area + " Brookside Academy (demo)")).isPresent();
            assertThat(directory.agencyNamed(area + " Willow House Children's Home (demo)")).isPresent();
        }
    }
}
