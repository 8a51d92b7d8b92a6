package uk.lantern.intelligence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IntelligenceIT extends IntegrationTestBase {

    static final String ROCHDALE = "E08000005";
    static final String ROTHERHAM = "E08000018";

    @Autowired
    IntelligenceEvidence evidence;

    private String today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }

    /** A report graded 2B with the given handling, about one new suspect and a vehicle, in the given area. */
    private Map<String, Object> report(String handling, String area, String registration) {
        Map<String, Object> body = new HashMap<>();
        body.put("informationDate", today());
        body.put("areaCodes", List.of(area));
        body.put("sourceEvaluation", "2");
        body.put("intelligenceAssessment", "B");
        body.put("handlingCode", handling);
        if ("C".equals(handling)) {
            body.put("handlingConditions", "Not to be shared outside the force without the author's consent");
        }
        body.put("text", "A source says a man called Dean drives girls from the children's home to a takeaway.");
        body.put("subjects", List.of(
                Map.of("type", "person", "role", "SUSPECT", "person",
                        Map.of("firstName", "Dean", "surname", "Ashworth", "dateOfBirth", "1985",
                                "aliases", List.of(Map.of("firstName", "Deano")))),
                Map.of("type", "vehicle", "vehicle", Map.of("registration", registration, "make", "Toyota")),
                Map.of("type", "phone", "phone", "07700 900456"),
                Map.of("type", "location", "location", Map.of("address", "Spice Hut, 4 Kestrel Grove",
                        "postcode", "ol111aa", "locationType", "takeaway")),
                Map.of("type", "organisation", "organisation", Map.of("name", "Star Cars (demo)",
                        "organisationType", "TAXI_FIRM"))));
        body.put("links", List.of(Map.of("from", 0, "to", 1, "linkType", "USES_VEHICLE"),
                Map.of("from", 0, "to", 4, "linkType", "WORKS_FOR", "detail", "Drives for the firm")));
        return body;
    }

    private JsonNode submit(String username, Map<String, Object> body) throws Exception {
        return json(mvc.perform(post("/api/v1/intelligence").header("Authorization", bearer(tokenFor(username)))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private int readStatus(String username, String id) throws Exception {
        return mvc.perform(get("/api/v1/intelligence/" + id).header("Authorization", bearer(tokenFor(username))))
                .andReturn().getResponse().getStatus();
    }

    private JsonNode read(String username, String id) throws Exception {
        return json(mvc.perform(get("/api/v1/intelligence/" + id).header("Authorization", bearer(tokenFor(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void anInvestigatorRecordsAGradedReportWithNormalisedSubjectsAndStatedLinks() throws Exception {
        JsonNode report = submit("investigator", report("P", ROCHDALE, "ma19 xkt"));
        String id = report.get("id").asString();

        assertThat(report.get("reference").asString()).matches("INT-\\d{4}-\\d{6}");
        assertThat(report.get("grading").get("scheme").asString()).isEqualTo("THREE_FIVE_TWO");
        assertThat(report.get("visibility").asString()).isEqualTo("FULL");
        assertThat(report.get("subjects").valueStream().map(subject -> subject.get("label").asString()))
                .containsExactlyInAnyOrder("Dean Ashworth", "MA19XKT", "+447700900456",
                        "Spice Hut, 4 Kestrel Grove, OL11 1AA", "Star Cars (demo)");
        assertThat(report.get("links").valueStream().map(link -> link.get("type").asString()))
                .containsExactlyInAnyOrder("USES_VEHICLE", "WORKS_FOR");

        var recorded = lastEntry("INTEL_REPORT", id, "INTELLIGENCE_RECORDED");
        assertThat(recorded.actor()).isEqualTo("investigator");
        assertThat(recorded.payload()).contains(report.get("reference").asString(), "3x5x2 2B P");
        String vehicle = report.get("subjects").valueStream()
                .filter(subject -> subject.get("type").asString().equals("VEHICLE")).findFirst().orElseThrow()
                .get("ref").asString();
        assertThat(lastEntry("VEHICLE", vehicle.substring(vehicle.indexOf(':') + 1), "VEHICLE_REGISTERED")
                .payload()).contains("MA19XKT");
        assertThat(jdbc.sql("SELECT count(*) FROM person_alias a JOIN intel_subject s ON s.subject_id = a.person_id "
                + "WHERE s.report_id = ?::uuid AND a.first_name = 'Deano'").param(id).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void theSameVehicleWrittenTwoWaysIsOneSubject() throws Exception {
        JsonNode first = submit("investigator", report("P", ROCHDALE, "YX65 ABD"));
        JsonNode second = submit("analyst", report("P", ROCHDALE, "yx65abd"));
        assertThat(refOf(second, "VEHICLE")).isEqualTo(refOf(first, "VEHICLE"));
        assertThat(refOf(second, "PHONE")).isEqualTo(refOf(first, "PHONE"));
        assertThat(refOf(second, "LOCATION")).isEqualTo(refOf(first, "LOCATION"));
        assertThat(refOf(second, "PERSON")).isNotEqualTo(refOf(first, "PERSON"));
    }

    private static String refOf(JsonNode report, String type) {
        return report.get("subjects").valueStream().filter(subject -> subject.get("type").asString().equals(type))
                .findFirst().orElseThrow().get("ref").asString();
    }

    @Test
    void handlingCodeCKeepsTheFullReportInTheRecordingAgency() throws Exception {
        Map<String, Object> body = report("C", ROTHERHAM, "KT21 CCC");
        body.put("sanitisedText", "Intelligence suggests a taxi is used to move girls between towns.");
        String id = submit("investigator", body).get("id").asString();

        assertThat(read("analyst", id).get("visibility").asString()).isEqualTo("FULL");
        JsonNode sanitised = read("investigator.rotherham", id);
        assertThat(sanitised.get("visibility").asString()).isEqualTo("SANITISED");
        assertThat(sanitised.has("text") && !sanitised.get("text").isNull()).isFalse();
        assertThat(sanitised.get("grading").isNull()).isTrue();
        assertThat(sanitised.get("sanitisedText").asString()).contains("taxi");
        assertThat(lastEntry("INTEL_REPORT", id, "INTELLIGENCE_READ").payload()).contains("SANITISED");
        // Rochdale's social worker works elsewhere: the report concerns Rotherham.
        assertThat(readStatus("socialworker", id)).isEqualTo(403);
        assertThat(readStatus("referrer", id)).isEqualTo(403);
        assertThat(readStatus("auditor", id)).isEqualTo(403);
    }

    @Test
    void handlingCodePSharesTheReportWithInvestigatorsWhoseAreaItConcerns() throws Exception {
        String id = submit("investigator", report("P", ROTHERHAM, "KT21 PPP")).get("id").asString();
        assertThat(read("investigator.rotherham", id).get("visibility").asString()).isEqualTo("FULL");
        assertThat(read("investigator.rotherham", id).get("text").asString()).contains("Dean");

        String rochdale = submit("investigator", report("P", ROCHDALE, "KT21 PPQ")).get("id").asString();
        assertThat(readStatus("investigator.rotherham", rochdale)).isEqualTo(403);
        assertThat(readStatus("socialworker", rochdale))
                .as("practitioners see only a sanitised version, and this report has none").isEqualTo(403);
    }

    @Test
    void practitionersInTheAreaSeeOnlyTheSanitisedVersionWithoutWitnesses() throws Exception {
        Map<String, Object> body = report("P", ROCHDALE, "KT21 SAN");
        body.put("sanitisedText", "A man is believed to drive girls to a takeaway.");
        body.put("subjects", List.of(Map.of("type", "person", "role", "WITNESS", "person",
                Map.of("firstName", "Wanda", "surname", "Witness")), Map.of("type", "named_person", "role", "SUSPECT",
                "name", "Deano")));
        body.put("links", List.of());
        String id = submit("investigator", body).get("id").asString();

        JsonNode seen = read("socialworker", id);
        assertThat(seen.get("visibility").asString()).isEqualTo("SANITISED");
        assertThat(seen.get("subjects").valueStream().map(subject -> subject.get("role").asString()))
                .containsExactly("SUSPECT");
        assertThat(seen.get("recordedBy").isNull()).isTrue();
        assertThat(read("analyst", id).get("subjects").size()).isEqualTo(2);
    }

    @Test
    void legacyGradesAreKeptAsGivenAndCodesFourAndFiveStayWithTheOriginator() throws Exception {
        Map<String, Object> body = report("P", ROTHERHAM, "LG05 AAA");
        body.put("gradingScheme", "5x5x5");
        body.put("sourceEvaluation", "B");
        body.put("intelligenceAssessment", "2");
        body.put("handlingCode", "4");
        JsonNode report = submit("investigator", body);
        assertThat(report.get("grading").get("scheme").asString()).isEqualTo("FIVE_FIVE_FIVE");
        assertThat(report.get("grading").get("source").asString()).isEqualTo("B");
        assertThat(report.get("grading").get("handling").asString()).isEqualTo("4");
        assertThat(readStatus("investigator.rotherham", report.get("id").asString())).isEqualTo(403);

        body.put("handlingCode", "1");
        String shared = submit("investigator", body).get("id").asString();
        assertThat(read("investigator.rotherham", shared).get("visibility").asString()).isEqualTo("FULL");
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() throws Exception {
        int reports = jdbc.sql("SELECT count(*) FROM intel_report").query(Integer.class).single();
        int vehicles = jdbc.sql("SELECT count(*) FROM vehicle").query(Integer.class).single();
        Map<String, Object> body = report("C", ROCHDALE, "??");
        body.remove("handlingConditions");
        body.put("sourceEvaluation", "4");
        body.put("links", List.of(Map.of("from", 0, "to", 9, "linkType", "USES_VEHICLE")));
        mvc.perform(post("/api/v1/intelligence").header("Authorization", bearer(tokenFor("investigator")))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "sourceEvaluation", "handlingConditions", "links[0].to")));

        body = report("P", ROCHDALE, "??");
        mvc.perform(post("/api/v1/intelligence").header("Authorization", bearer(tokenFor("investigator")))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjects[1].vehicle.registration"));
        assertThat(jdbc.sql("SELECT count(*) FROM intel_report").query(Integer.class).single()).isEqualTo(reports);
        assertThat(jdbc.sql("SELECT count(*) FROM vehicle").query(Integer.class).single()).isEqualTo(vehicles);
    }

    @Test
    void onlyTheRecordingAgencyAddsSubjectsLinksAndTheSanitisedVersion() throws Exception {
        JsonNode report = submit("investigator", report("P", ROTHERHAM, "AD23 SUB"));
        String id = report.get("id").asString();
        String subject = JSON.writeValueAsString(Map.of("type", "phone", "phone", "+44 7700 900999"));
        mvc.perform(post("/api/v1/intelligence/" + id + "/subjects")
                        .header("Authorization", bearer(tokenFor("investigator.rotherham")))
                        .contentType(MediaType.APPLICATION_JSON).content(subject))
                .andExpect(status().isForbidden());
        JsonNode added = json(mvc.perform(post("/api/v1/intelligence/" + id + "/subjects")
                        .header("Authorization", bearer(tokenFor("analyst")))
                        .contentType(MediaType.APPLICATION_JSON).content(subject))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(added.get("subjects").size()).isEqualTo(6);
        assertThat(lastEntry("INTEL_REPORT", id, "INTELLIGENCE_SUBJECT_ADDED").payload()).contains("phone:");

        String link = JSON.writeValueAsString(Map.of("from", refOf(report, "PERSON"), "to", refOf(added, "PHONE")
                .equals(refOf(report, "PHONE")) ? refOf(report, "LOCATION") : refOf(report, "PHONE"),
                "linkType", "USES_PHONE", "firstSeen", "2026-01-01", "lastSeen", "2025-12-01"));
        mvc.perform(post("/api/v1/intelligence/" + id + "/links").header("Authorization", bearer(tokenFor("analyst")))
                        .contentType(MediaType.APPLICATION_JSON).content(link))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lastSeen"));
        mvc.perform(post("/api/v1/intelligence/" + id + "/links").header("Authorization", bearer(tokenFor("analyst")))
                        .contentType(MediaType.APPLICATION_JSON).content(link.replace("2025-12-01", "2026-02-01")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.links.length()").value(3));
        assertThat(lastEntry("INTEL_REPORT", id, "INTELLIGENCE_LINK_ADDED").payload()).contains("USES_PHONE");

        mvc.perform(put("/api/v1/intelligence/" + id + "/sanitised-version")
                        .header("Authorization", bearer(tokenFor("investigator")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sanitisedText\":\"A man is thought to use a taxi firm to move girls.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sanitisedText").value(
                        "A man is thought to use a taxi firm to move girls."));
        assertThat(lastEntry("INTEL_REPORT", id, "INTELLIGENCE_SANITISED_VERSION_SET").actor())
                .isEqualTo("investigator");
    }

    @Test
    void whatAChildSaysInAReturnInterviewBecomesEvidenceForAnalystsInTheChildsArea() throws Exception {
        String referralId = submitReferral(tokenFor("referrer"), "Tilly", true, "URGENT").get("id").asString();
        String childId = json(mvc.perform(get("/api/v1/referrals/" + referralId).header("Authorization",
                        bearer(tokenFor("triage")))).andReturn().getResponse().getContentAsString())
                .get("children").get(0).get("id").asString();
        Instant returned = clock.instant().minus(Duration.ofHours(3));
        String episodeId = json(mvc.perform(post("/api/v1/children/" + childId + "/missing-episodes")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("reportedMissingAt",
                                returned.minus(Duration.ofHours(9)).toString(), "returnedAt", returned.toString()))))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post("/api/v1/missing-episodes/" + episodeId + "/return-interview/completion")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("findings", "Tilly said Deano picked her up.",
                                "mentions", List.of(Map.of("kind", "VEHICLE", "value", "rt66 til"),
                                        Map.of("kind", "VEHICLE", "value", "a silver car"),
                                        Map.of("kind", "PERSON", "value", "Deano"),
                                        Map.of("kind", "PLACE", "value", "the takeaway on Drake Street"))))))
                .andExpect(status().isOk());

        List<EvidenceLink> seen = evidence.visibleTo(actorOf("analyst")).links().stream()
                .filter(link -> link.from().id().toString().equals(childId)).toList();
        assertThat(seen).extracting(EvidenceLink::type).containsOnly(LinkType.MENTIONED_BY_CHILD).hasSize(3);
        assertThat(seen).extracting(link -> link.to().type())
                .containsExactlyInAnyOrder(SubjectType.VEHICLE, SubjectType.NAMED_PERSON, SubjectType.LOCATION);
        assertThat(seen).allSatisfy(link -> assertThat(link.source()).isEqualTo("return_interview:" + episodeId));
        assertThat(evidence.visibleTo(actorOf("investigator.rotherham")).links())
                .noneMatch(link -> link.from().id().toString().equals(childId));
        assertThat(lastEntry("CHILD", childId, "CHILD_ACCOUNT_LINKED").payload()).contains(episodeId);
    }

    @Test
    void reportsLinkTheirSubjectsOnlyForThoseWhoMaySeeThemInFull() throws Exception {
        JsonNode restricted = submit("investigator", report("C", ROTHERHAM, "EV11 CCC"));
        String person = refOf(restricted, "PERSON");
        assertThat(evidence.visibleTo(actorOf("analyst")).links())
                .anyMatch(link -> link.from().toString().equals(person) && link.type() == LinkType.USES_VEHICLE)
                .anyMatch(link -> (link.from().toString().equals(person) || link.to().toString().equals(person))
                        && link.type() == LinkType.NAMED_TOGETHER);
        assertThat(evidence.visibleTo(actorOf("analyst")).roles())
                .anyMatch(role -> role.subject().toString().equals(person) && role.role() == SubjectRole.SUSPECT);
        IntelligenceEvidence.Evidence otherForce = evidence.visibleTo(actorOf("investigator.rotherham"));
        assertThat(otherForce.links()).noneMatch(link -> link.from().toString().equals(person)
                || link.to().toString().equals(person));
        assertThat(otherForce.roles()).noneMatch(role -> role.subject().toString().equals(person));
        assertThat(evidence.visibleTo(actorOf("socialworker")).links()).isEmpty();
    }

    @Test
    void theListAndTheReportAgreeOnWhatEachRoleMaySee() throws Exception {
        Map<String, Object> sanitised = report("C", ROCHDALE, "LS01 AAA");
        sanitised.put("sanitisedText", "Summary for partners.");
        List<String> ids = List.of(submit("investigator", report("P", ROCHDALE, "LS01 AAB")).get("id").asString(),
                submit("investigator", sanitised).get("id").asString(),
                submit("investigator", report("C", ROTHERHAM, "LS01 AAC")).get("id").asString(),
                submit("investigator.rotherham", report("P", ROTHERHAM, "LS01 AAD")).get("id").asString());
        // What each user should see of the four reports: in full, sanitised, or nothing ("-").
        Map<String, List<String>> expected = Map.of(
                "investigator", List.of("FULL", "FULL", "FULL", "-"),
                "analyst", List.of("FULL", "FULL", "FULL", "-"),
                "investigator.rotherham", List.of("-", "SANITISED", "-", "FULL"),
                "socialworker", List.of("-", "SANITISED", "-", "-"),
                "triage", List.of("-", "SANITISED", "-", "-"),
                "manager", List.of("-", "SANITISED", "-", "-"),
                "triage.oldham", List.of("-", "-", "-", "-"));
        for (var user : expected.entrySet()) {
            String username = user.getKey();
            JsonNode list = json(mvc.perform(get("/api/v1/intelligence?limit=200")
                            .header("Authorization", bearer(tokenFor(username))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                String listed = list.valueStream().filter(line -> line.get("id").asString().equals(id))
                        .map(line -> line.get("visibility").asString()).findFirst().orElse("-");
                String read = readStatus(username, id) == 403 ? "-" : read(username, id).get("visibility").asString();
                assertThat(List.of(listed, read)).as("%s listing and reading report %d", username, i)
                        .containsOnly(user.getValue().get(i));
            }
        }
    }
}
