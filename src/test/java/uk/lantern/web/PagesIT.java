package uk.lantern.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PagesIT extends IntegrationTestBase {

    @LocalServerPort
    int port;

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
    void eachUsersServiceNavigationShowsTheirSectionsAndEveryLinkOpens() throws Exception {
        java.util.Map<String, java.util.List<String>> expected = java.util.Map.of(
                "referrer", java.util.List.of("/", "/referrals/mine"),
                "triage", java.util.List.of("/", "/triage", "/cases", "/referrals/mine"),
                "socialworker", java.util.List.of("/", "/cases", "/referrals/mine"),
                "auditor", java.util.List.of("/", "/oversight", "/oversight/chronology", "/ledger", "/legal-holds"),
                "admin", java.util.List.of("/", "/ledger", "/legal-holds", "/admin/users", "/admin/agencies",
                        "/imports"));
        for (var user : expected.entrySet()) {
            var session = signIn(user.getKey());
            String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            String navigation = home.substring(home.indexOf("govuk-service-navigation__list"),
                    home.indexOf("</ul>", home.indexOf("govuk-service-navigation__list")));
            java.util.List<String> links = uk.lantern.support.PageLinks.containing(navigation, "/");
            assertThat(links).as(user.getKey()).containsAll(user.getValue());
            assertThat(navigation).as("the home page is the current section").contains("aria-current=\"page\"");
            for (String link : links) {
                mvc.perform(get(link).session(session)).andExpect(status().isOk());
            }
        }
    }

    @Test
    void investigatorsAndAnalystsHomePagesOfferTheirWorkAndEveryLinkOpens() throws Exception {
        for (String user : java.util.List.of("investigator", "analyst")) {
            var session = signIn(user);
            String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            String main = home.substring(home.indexOf("id=\"main-content\""));
            java.util.List<String> links = uk.lantern.support.PageLinks.containing(main, "/");
            assertThat(links).as(user).contains("/networks", "/intelligence", "/intelligence/new");
            for (String link : links) {
                mvc.perform(get(link).session(session)).andExpect(status().isOk());
            }
        }
    }

    @Test
    void aMissingApiResourceIsAProblemDocument() throws Exception {
        // Served by the real server: a missing resource is answered by the servlet container's error dispatch.
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
                .header("Authorization", bearer(tokenFor("triage"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response.body()).get("status").asInt()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception");
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
