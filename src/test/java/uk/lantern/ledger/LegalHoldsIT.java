package uk.lantern.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The legal-hold register through the API and the pages. Area holds here are on South Yorkshire and Rotherham, and
 * every hold a test places is released after it, so that no other test's retention purge meets them.
 */
class LegalHoldsIT extends IntegrationTestBase {

    private static final String ROTHERHAM = "E08000018";
    private static final String SOUTH_YORKSHIRE = "E23000011";
    private static final List<String> EVERY_DEMO_ROLE = List.of("referrer", "triage", "socialworker", "investigator",
            "analyst", "manager", "auditor", "admin");
    private static final List<String> MAY_MANAGE_HOLDS = List.of("auditor", "admin");

    @Autowired
    LegalHolds holds;

    private final List<UUID> placed = new ArrayList<>();

    @AfterEach
    void releaseWhatTheTestPlaced() {
        placed.forEach(id -> holds.find(id).filter(LegalHold::standing).ifPresent(hold ->
                holds.release(LedgerActor.system("test"), id, "Test finished")));
    }

    @Test
    void aHoldIsPlacedAndReleasedWithReasonsAndBothAreInTheLedger() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Hana"), unique("Holdtest"));
        JsonNode hold = json(api("auditor", post("/api/v1/legal-holds"), Map.of("scope", "case",
                "reference", " " + worked.reference.toLowerCase() + " ",
                "reason", "Inquiry into exploitation in Rochdale, 2020 to 2026"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String id = hold.get("id").asString();
        placed.add(UUID.fromString(id));
        assertThat(hold.get("scope").asString()).isEqualTo("CASE");
        assertThat(hold.get("reference").asString()).isEqualTo(worked.reference);
        assertThat(hold.get("placedBy").asString()).isEqualTo("auditor");
        assertThat(hold.get("standing").asBoolean()).isTrue();
        LedgerEntryView placedEntry = lastEntry("LEGAL_HOLD", id, "LEGAL_HOLD_PLACED");
        assertThat(placedEntry.actor()).isEqualTo("auditor");
        assertThat(placedEntry.payload()).contains("\"scope\":\"CASE\"", worked.reference, "Inquiry into exploitation");

        assertThat(holds.isHeld(worked.reference, WorkedCase.ROCHDALE)).isTrue();
        assertThat(holds.holdsCovering(worked.reference, WorkedCase.ROCHDALE)).extracting(LegalHold::id)
                .contains(UUID.fromString(id));
        assertThat(ids(json(api("admin", get("/api/v1/legal-holds"), null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()))).contains(id);

        JsonNode released = json(api("admin", post("/api/v1/legal-holds/" + id + "/release"),
                Map.of("reason", "The inquiry has reported"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(released.get("standing").asBoolean()).isFalse();
        assertThat(released.get("releasedBy").asString()).isEqualTo("admin");
        assertThat(released.get("releaseReason").asString()).isEqualTo("The inquiry has reported");
        assertThat(released.get("reason").asString()).as("the original reason is kept")
                .isEqualTo("Inquiry into exploitation in Rochdale, 2020 to 2026");
        LedgerEntryView releasedEntry = lastEntry("LEGAL_HOLD", id, "LEGAL_HOLD_RELEASED");
        assertThat(releasedEntry.actor()).isEqualTo("admin");
        assertThat(releasedEntry.payload()).contains("The inquiry has reported");
        assertThat(holds.isHeld(worked.reference, WorkedCase.ROCHDALE)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM legal_hold WHERE id = ?").param(UUID.fromString(id))
                .query(Long.class).single()).as("released, not deleted").isEqualTo(1);

        String again = api("auditor", post("/api/v1/legal-holds/" + id + "/release"), Map.of("reason", "Again"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(fields(again)).containsExactly("hold");
        assertThat(json(again).get("errors").get(0).get("message").asString()).contains("already released", "admin");
        assertThat(ledger.entriesAbout("LEGAL_HOLD", id)).extracting(LedgerEntryView::action)
                .containsExactly("LEGAL_HOLD_PLACED", "LEGAL_HOLD_RELEASED");
    }

    @Test
    void anAreaHoldOnAPoliceForceAreaCoversEveryLocalAuthorityInIt() throws Exception {
        JsonNode hold = json(api("admin", post("/api/v1/legal-holds"), Map.of("scope", "AREA",
                "reference", SOUTH_YORKSHIRE, "reason", "Inquiry into South Yorkshire children's services"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        placed.add(UUID.fromString(hold.get("id").asString()));
        assertThat(holds.isHeld("CASE-2000-000001", ROTHERHAM)).isTrue();
        assertThat(holds.isHeld("CASE-2000-000001", WorkedCase.ROCHDALE)).isFalse();
        assertThat(lastEntry("LEGAL_HOLD", hold.get("id").asString(), "LEGAL_HOLD_PLACED").payload())
                .contains(SOUTH_YORKSHIRE);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndWritesNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM legal_hold").query(Long.class).single();
        assertThat(fields(refused(Map.of()))).containsExactlyInAnyOrder("scope", "reference", "reason");
        assertThat(fields(refused(Map.of("scope", "SHIP", "reference", "x", "reason", "r")))).containsExactly("scope");
        String unknownCase = refused(Map.of("scope", "CASE", "reference", "CASE-1900-999999", "reason", " "));
        assertThat(fields(unknownCase)).containsExactlyInAnyOrder("reference", "reason");
        assertThat(unknownCase).contains("No case has the reference 'CASE-1900-999999'");
        String unknownArea = refused(Map.of("scope", "AREA", "reference", "E99999999", "reason", "Inquiry"));
        assertThat(fields(unknownArea)).containsExactly("reference");
        assertThat(unknownArea).contains("Unknown area code 'E99999999'");
        assertThat(fields(refused(Map.of("scope", "AREA", "reference", ROTHERHAM, "reason", "x".repeat(2001)))))
                .containsExactly("reason");
        assertThat(jdbc.sql("SELECT count(*) FROM legal_hold").query(Long.class).single()).isEqualTo(before);

        JsonNode hold = json(api("auditor", post("/api/v1/legal-holds"), Map.of("scope", "AREA",
                "reference", ROTHERHAM, "reason", "Inquiry")).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString());
        String id = hold.get("id").asString();
        placed.add(UUID.fromString(id));
        assertThat(fields(api("auditor", post("/api/v1/legal-holds/" + id + "/release"), Map.of("reason", "  "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()))
                .containsExactly("reason");
        assertThat(holds.find(UUID.fromString(id)).orElseThrow().standing()).isTrue();
        api("auditor", post("/api/v1/legal-holds/" + UUID.randomUUID() + "/release"), Map.of("reason", "Done"))
                .andExpect(status().isNotFound());
        api("auditor", get("/api/v1/legal-holds/" + UUID.randomUUID()), null).andExpect(status().isNotFound());
        api("auditor", post("/api/v1/legal-holds/not-an-id/release"), Map.of("reason", "Done"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePagesListHoldsAndPlaceAndReleaseThem() throws Exception {
        MockHttpSession auditor = signIn("auditor");
        String reason = "Page test inquiry " + unique("");
        mvc.perform(post("/legal-holds").session(auditor).with(csrf()).param("scope", "AREA")
                        .param("reference", ROTHERHAM).param("reason", reason))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/legal-holds"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("area " + ROTHERHAM)));
        LegalHold hold = holds.all().stream().filter(candidate -> candidate.reason().equals(reason)).findFirst()
                .orElseThrow();
        placed.add(hold.id());
        assertThat(lastEntry("LEGAL_HOLD", hold.id().toString(), "LEGAL_HOLD_PLACED").actor()).isEqualTo("auditor");
        String list = page(auditor, "/legal-holds");
        assertThat(list).contains("Standing holds", reason, "/legal-holds/" + hold.id(), "Place a hold");

        String invalid = mvc.perform(post("/legal-holds").session(auditor).with(csrf()).param("scope", "CASE")
                        .param("reference", "CASE-1900-999999").param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("govuk-error-summary", "href=\"#reference\"", "href=\"#reason\"",
                "No case has the reference", "value=\"CASE-1900-999999\"");

        assertThat(page(auditor, "/legal-holds/" + hold.id())).contains(reason, "Release the hold");
        String noReason = mvc.perform(post("/legal-holds/" + hold.id() + "/release").session(auditor).with(csrf())
                        .param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("govuk-error-summary", "href=\"#reason\"");
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/legal-holds/" + hold.id() + "/release").session(admin).with(csrf())
                        .param("reason", "Inquiry closed"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/legal-holds"));
        assertThat(lastEntry("LEGAL_HOLD", hold.id().toString(), "LEGAL_HOLD_RELEASED").actor()).isEqualTo("admin");
        assertThat(page(admin, "/legal-holds")).contains("Released holds", "Inquiry closed");
        String releasedAgain = mvc.perform(post("/legal-holds/" + hold.id() + "/release").session(admin)
                        .with(csrf()).param("reason", "Twice"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(releasedAgain).contains("href=\"#hold\"", "already released");
        mvc.perform(get("/legal-holds/" + UUID.randomUUID()).session(admin)).andExpect(status().isNotFound());
    }

    @Test
    void onlyAuditorsAndAdministratorsReachTheRegister() throws Exception {
        String body = JSON.writeValueAsString(Map.of());
        UUID nobody = UUID.randomUUID();
        for (String user : EVERY_DEMO_ROLE) {
            boolean allowed = MAY_MANAGE_HOLDS.contains(user);
            String token = bearer(tokenFor(user));
            int list = mvc.perform(get("/api/v1/legal-holds").header("Authorization", token)).andReturn()
                    .getResponse().getStatus();
            int one = mvc.perform(get("/api/v1/legal-holds/" + nobody).header("Authorization", token)).andReturn()
                    .getResponse().getStatus();
            int place = mvc.perform(post("/api/v1/legal-holds").header("Authorization", token)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
            int release = mvc.perform(post("/api/v1/legal-holds/" + nobody + "/release")
                    .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn().getResponse().getStatus();
            MockHttpSession session = signIn(user);
            int listPage = mvc.perform(get("/legal-holds").session(session)).andReturn().getResponse().getStatus();
            int holdPage = mvc.perform(get("/legal-holds/" + nobody).session(session)).andReturn().getResponse()
                    .getStatus();
            int placePage = mvc.perform(post("/legal-holds").session(session).with(csrf())).andReturn().getResponse()
                    .getStatus();
            int releasePage = mvc.perform(post("/legal-holds/" + nobody + "/release").session(session).with(csrf()))
                    .andReturn().getResponse().getStatus();
            if (allowed) {
                assertThat(List.of(list, one, place, release, listPage, holdPage, placePage, releasePage))
                        .as(user).containsExactly(200, 404, 400, 404, 200, 404, 200, 404);
            } else {
                assertThat(List.of(list, one, place, release, listPage, holdPage, placePage, releasePage))
                        .as(user).containsOnly(403);
            }
        }
        mvc.perform(get("/api/v1/legal-holds")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/legal-holds").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/legal-holds/" + nobody + "/release").contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isUnauthorized());
        for (MockHttpServletRequestBuilder anonymous : List.of(get("/legal-holds"), get("/legal-holds/" + nobody),
                post("/legal-holds").with(csrf()), post("/legal-holds/" + nobody + "/release").with(csrf()))) {
            var response = mvc.perform(anonymous).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
        }
    }

    private String refused(Map<String, ?> body) throws Exception {
        return api("auditor", post("/api/v1/legal-holds"), body).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions api(String user, MockHttpServletRequestBuilder request,
                                                                   Object body) throws Exception {
        request.header("Authorization", bearer(tokenFor(user)));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> fields(String problem) {
        return json(problem).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static List<String> ids(JsonNode holds) {
        return holds.valueStream().map(hold -> hold.get("id").asString()).toList();
    }
}
