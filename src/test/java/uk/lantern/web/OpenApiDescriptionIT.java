package uk.lantern.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.ServedApiDescription;
import uk.lantern.support.SmallNetwork;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The served OpenAPI description is true: real requests across every API family, as the demo users, and the real
 * answers to them, successes and errors alike, are exactly what /v3/api-docs says they are.
 */
class OpenApiDescriptionIT extends IntegrationTestBase {

    private static final String NOBODY = UUID.randomUUID().toString();

    private ServedApiDescription description;

    @BeforeEach
    void readTheServedDescription() throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        description = new ServedApiDescription(served);
    }

    @Test
    void everyOperationDescribesItsSuccessAndItsErrors() throws Exception {
        JsonNode paths = json(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .get("paths");
        List<String> operations = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            List<String> codes = responses.propertyNames().stream().toList();
            operations.add(operation.getKey().toUpperCase() + " " + path.getKey());
            assertThat(codes).as(operation.getKey() + " " + path.getKey())
                    .anyMatch(code -> code.startsWith("2")).contains("401", "500");
        }));
        assertThat(operations).as("the chronology documents, which page controllers serve, are described")
                .contains("GET /api/v1/cases/{id}/chronology.html", "GET /api/v1/cases/{id}/chronology.pdf");
        assertThat(paths.get("/api/v1/auth/token").get("post").get("security")).as("signing in needs no token")
                .isEmpty();
        assertThat(paths.get("/api/v1/imports").get("post").get("requestBody").get("content").propertyNames())
                .containsExactlyInAnyOrder("application/x-ndjson", "text/csv");
    }

    @Test
    void signingInAndTheCallersOwnTokens() throws Exception {
        call(null, post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"auditor\",\"password\":\"" + DEMO_PASSWORD + "\"}"), 200);
        call(null, post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"auditor\",\"password\":\"not the password\"}"), 401);
        JsonNode invalid = call(null, post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"auditor\"}"), 400);
        assertThat(invalid.get("errors").get(0).get("field").asString()).isEqualTo("password");

        call("referrer", get("/api/v1/me"), 200);
        JsonNode created = call("referrer", post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Description check\",\"daysValid\":2}"), 201);
        call("referrer", get("/api/v1/me/tokens"), 200);
        call("referrer", delete("/api/v1/me/tokens/" + created.get("id").asString()), 204);
        call("referrer", post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON).content("{}"), 400);
        call(null, get("/api/v1/me"), 401);
        call("referrer", get("/api/v1/me/notifications"), 200);
        call("referrer", post("/api/v1/me/notifications/" + NOBODY + "/read"), 404);
    }

    @Test
    void administration() throws Exception {
        call("admin", get("/api/v1/admin/agencies"), 200);
        call("admin", get("/api/v1/admin/users"), 200);
        call("admin", get("/api/v1/admin/agencies/" + NOBODY), 404);
        call("admin", get("/api/v1/admin/users/not-a-uuid"), 400);
        call("triage", get("/api/v1/admin/users"), 403);
        call("admin", post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"x\"}"), 400);
    }

    @Test
    void referralsAndCases() throws Exception {
        JsonNode referral = call("referrer", post("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of(
                        "children", List.of(Map.of("firstName", "Tegan", "surname", "Describedchild",
                                "dateOfBirth", "2011-04-23")),
                        "concern", "She has been seen getting into cars with older men after school.",
                        "cseConcern", true, "urgency", "URGENT"))), 201);
        String referralId = referral.get("id").asString();
        call("referrer", get("/api/v1/referrals/" + referralId), 200);
        call("referrer", get("/api/v1/referrals/mine"), 200);
        call("triage", get("/api/v1/triage/queue"), 200);
        call("referrer", get("/api/v1/triage/queue"), 403);
        call("triage", get("/api/v1/referrals/awaiting-sign-off"), 403);
        call("auditor", post("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON).content("{}"), 403);
        call("triage", post("/api/v1/referrals/" + referralId + "/decision").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"NOT_AN_OUTCOME\"}"), 400);
        call("referrer", get("/api/v1/referrals/" + NOBODY), 404);
        call("triage", post("/api/v1/referrals/" + referralId + "/decision").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"ASSESSMENT\",\"reasons\":\"Grooming indicators need an assessment.\"}"),
                200);
        call("manager", get("/api/v1/referrals/awaiting-sign-off"), 200);

        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Orla"), unique("Describedcase"));
        String caseId = worked.caseId.toString();
        call("socialworker", get("/api/v1/cases"), 200);
        call("socialworker", get("/api/v1/children/" + worked.childId), 200);
        call("socialworker", get("/api/v1/children/" + worked.childId + "/missing-episodes"), 200);
        call("socialworker", get("/api/v1/children/" + worked.childId + "/known-to-services"), 200);
        call("referrer", get("/api/v1/children/" + worked.childId + "/known-to-services"), 403);
        call("socialworker", get("/api/v1/children/" + NOBODY + "/known-to-services"), 404);
        call("socialworker", post("/api/v1/children/" + worked.childId + "/known-to-services/join-requests")
                .contentType(MediaType.APPLICATION_JSON).content("{}"), 400);
        call("auditor", get("/api/v1/oversight/chronology?case=" + worked.reference + "&format=pdf"), 200);
        call("socialworker", get("/api/v1/cases/" + caseId), 200);
        call("socialworker", get("/api/v1/cases/" + caseId + "/chronology"), 200);
        call("socialworker", get("/api/v1/cases/" + caseId + "/chronology.html"), 200);
        call("socialworker", get("/api/v1/cases/" + caseId + "/chronology.pdf"), 200);
        call("socialworker", get("/api/v1/cases/" + NOBODY), 404);
        call("socialworker", get("/api/v1/cases/" + NOBODY + "/chronology.pdf"), 404);
        call("socialworker", get("/api/v1/children/" + NOBODY), 404);
        call("socialworker", post("/api/v1/cases/" + caseId + "/actions").contentType(MediaType.APPLICATION_JSON)
                .content("{}"), 400);
        call("socialworker", post("/api/v1/cases/" + caseId + "/actions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\":\"Visit the school\",\"owner\":\""
                        + directory.userNamed("socialworker").orElseThrow().id() + "\",\"dueOn\":\""
                        + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7)
                        + "\"}"), 200);
        String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        call("socialworker", get("/api/v1/cases/" + caseId + "/action-owners"), 200);
        call("socialworker", post("/api/v1/cases/" + caseId + "/notes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"VISIT\",\"occurredOn\":\"" + today + "\",\"withWhom\":\"The child\","
                        + "\"seenAlone\":true,\"text\":\"Seen at home.\"}"), 200);
        call("socialworker", post("/api/v1/cases/" + caseId + "/notes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"VISIT\"}"), 400);
        call("socialworker", get("/api/v1/cases/" + caseId + "/notes"), 200);
        JsonNode plan = call("socialworker", post("/api/v1/cases/" + caseId + "/plans")
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"SAFETY\",\"summary\":\"Escorted to "
                        + "school.\",\"startedOn\":\"" + today + "\",\"nextReviewOn\":\"" + today + "\"}"), 200);
        String planPath = "/api/v1/cases/" + caseId + "/plans/" + plan.get("id").asString();
        call("socialworker", post(planPath + "/reviews").contentType(MediaType.APPLICATION_JSON)
                .content("{\"heldOn\":\"" + today + "\",\"summary\":\"Working.\",\"nextReviewOn\":\"" + today
                        + "\"}"), 200);
        call("socialworker", post(planPath + "/end").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Risk reduced.\"}"), 200);
        call("socialworker", get("/api/v1/cases/" + caseId + "/plans"), 200);
        call("manager", get("/api/v1/caseload"), 200);
        call("socialworker", post("/api/v1/cases/" + caseId + "/closure").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"EARLY_HELP\",\"summary\":\"Stepping down.\"}"), 400);
        call("triage", post("/api/v1/children/" + worked.childId + "/missing-episodes")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reportedMissingAt\":\"" + clock.instant().minusSeconds(600) + "\"}"), 201);
        call("socialworker", get("/api/v1/missing-episodes/" + worked.recordMissingEpisode()), 200);
        call("socialworker", get("/api/v1/missing-episodes/" + NOBODY), 404);

        JsonNode hold = call("auditor", post("/api/v1/legal-holds").contentType(MediaType.APPLICATION_JSON)
                .content("{\"scope\":\"CASE\",\"reference\":\"" + worked.reference
                        + "\",\"reason\":\"Held for the inquiry into the described case\"}"), 201);
        call("auditor", get("/api/v1/legal-holds/" + hold.get("id").asString()), 200);
        call("auditor", post("/api/v1/legal-holds/" + hold.get("id").asString() + "/release")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"The inquiry has reported\"}"), 200);
    }

    @Test
    void intelligenceNetworksAndResolution() throws Exception {
        call("referrer", get("/api/v1/intelligence"), 403);

        SmallNetwork network = new SmallNetwork(this);
        String networkId = network.dossierSeenBy("investigator", network.suspectOne).get("id").asString();
        call("investigator", get("/api/v1/networks"), 200);
        call("investigator", get("/api/v1/networks/" + networkId), 200);
        call("investigator", get("/api/v1/networks/" + networkId + "/export?format=i2-entities"), 200);
        call("investigator", get("/api/v1/subjects/" + network.suspectOne + "/neighbourhood?hops=1"), 200);
        call("investigator", get("/api/v1/paths?from=" + network.suspectOne + "&to=" + network.childOne), 200);
        call("investigator", get("/api/v1/networks/nd-00000000000000000000"), 404);

        call("analyst", get("/api/v1/resolution/review-queue?kind=PERSON&limit=5"), 200);
        call("analyst", get("/api/v1/resolution/runs/latest?kind=PERSON"), 200);
        call("analyst", get("/api/v1/resolution/records?kind=PERSON&name=an"), 200);
        call("analyst", get("/api/v1/resolution/matches/" + NOBODY), 404);

        JsonNode reports = call("investigator", get("/api/v1/intelligence?limit=5"), 200);
        call("investigator", get("/api/v1/intelligence/" + reports.get(0).get("id").asString()), 200);
        call("socialworker", get("/api/v1/intelligence"), 200);
        call("investigator", get("/api/v1/intelligence/" + NOBODY), 404);
        String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        JsonNode submitted = call("investigator", post("/api/v1/intelligence").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("informationDate", today,
                        "areaCodes", List.of(SmallNetwork.ROCHDALE), "sourceEvaluation", "2",
                        "intelligenceAssessment", "B", "handlingCode", "P",
                        "text", "A man offered lifts to girls outside the school.",
                        "subjects", List.of(Map.of("type", "person", "role", "SUSPECT",
                                "person", Map.of("firstName", unique("Dale"), "surname", "Describedsuspect")),
                                Map.of("type", "child", "role", "VICTIM", "existing", network.childOne)),
                        "links", List.of(Map.of("from", 0, "to", 1, "linkType", "SEEN_WITH"))))), 201);
        call("investigator", put("/api/v1/intelligence/" + submitted.get("id").asString() + "/sanitised-version")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sanitisedText\":\"A man was seen near a school.\"}"), 200);
        call("analyst", post("/api/v1/resolution/identities/merge?kind=PERSON").contentType(MediaType.APPLICATION_JSON)
                .content("{}"), 400);
    }

    @Test
    void oversightLedgerAndHolds() throws Exception {
        call("auditor", get("/api/v1/oversight/measures?area=E92000001&by=year"), 200);
        call("auditor", get("/api/v1/oversight/measures/export?format=csv"), 200);
        call("auditor", get("/api/v1/oversight/chronology?area=E08000005&from=2026-01-01&to=2026-12-31"), 200);
        call("auditor", get("/api/v1/oversight/chronology?case=CASE-NO-SUCH"), 404);
        call("auditor", get("/api/v1/ledger/verification"), 200);
        call("auditor", get("/api/v1/ledger/checkpoints/latest"), 200);
        call("auditor", get("/api/v1/legal-holds"), 200);
        call("referrer", get("/api/v1/ledger/verification"), 403);
        call("auditor", post("/api/v1/ledger/verification").contentType(MediaType.APPLICATION_JSON).content("[]"), 200);
        call("manager", get("/api/v1/break-glass"), 200);
        call("manager", post("/api/v1/break-glass").contentType(MediaType.APPLICATION_JSON)
                .content("{\"recordType\":\"CHILD\",\"recordId\":\"" + NOBODY
                        + "\",\"reason\":\"Checking a missing child report tonight\"}"), 400);
    }

    @Test
    void riskImportsAndReviews() throws Exception {
        call("referrer", get("/api/v1/risk/indicators"), 200);
        call("referrer", post("/api/v1/language/check").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"She was putting herself at risk.\"}"), 200);
        call("admin", post("/api/v1/imports").contentType("application/x-ndjson").content("{\"type\":\"agency\"}\n"),
                422);
        call("triage", post("/api/v1/imports").contentType("application/x-ndjson").content("{}\n"), 403);
        call("admin", post("/api/v1/imports").contentType(MediaType.APPLICATION_JSON).content("{}"), 415);
        call("admin", get("/api/v1/imports/running"), 200);
        call("triage", get("/api/v1/imports/running"), 403);
        call("referrer", post("/api/v1/language/check").contentType(MediaType.TEXT_PLAIN).content("text"), 415);
        call("manager", get("/api/v1/historic-reviews"), 200);
        call("manager", get("/api/v1/historic-reviews/" + NOBODY), 404);
        call("manager", post("/api/v1/historic-reviews/" + NOBODY + "/reopen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"New information links her to a network\"}"), 404);
    }

    private JsonNode call(String username, MockHttpServletRequestBuilder request, int expected) throws Exception {
        if (username != null) {
            request.header("Authorization", bearer(tokenFor(username)));
        }
        var response = mvc.perform(request).andDo(description.describesExchange()).andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(expected);
        return body.isEmpty() || !body.trim().startsWith("{") && !body.trim().startsWith("[") ? null : json(body);
    }
}
