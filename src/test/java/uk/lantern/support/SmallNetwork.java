package uk.lantern.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A small group built through the intelligence API, as an investigator of Greater Manchester Police records it: two
 * shareable reports (graded 2B P, covering Rochdale and Rotherham) name two suspects, a car, a phone and two
 * children; a third report (1A C, Rochdale only) names a third suspect with the first suspect and one of the
 * children. Subjects are {@code type:id} references.
 */
public final class SmallNetwork {

    public static final String ROCHDALE = "E08000005";
    public static final String ROTHERHAM = "E08000018";
    private static final int LIST_ATTEMPTS = 3;

    private final IntegrationTestBase test;
    public final String today;
    public final String childOne;
    public final String childTwo;
    public final String suspectOne;
    public final String suspectTwo;
    public final String suspectThree;
    /** The reference of the first shareable report. */
    public final String sharedReference;

    public SmallNetwork(IntegrationTestBase test) throws Exception {
        this.test = test;
        today = LocalDate.ofInstant(test.clock.instant(), ZoneOffset.UTC).toString();
        childOne = "child:" + childOf(test.submitReferral(test.tokenFor("referrer"), IntegrationTestBase.unique("Nia"),
                true, "URGENT"));
        childTwo = "child:" + childOf(test.submitReferral(test.tokenFor("referrer"), IntegrationTestBase.unique("Zoe"),
                true, "URGENT"));
        String nadeem = IntegrationTestBase.unique("Nadeem");
        String kane = IntegrationTestBase.unique("Kane");
        String carl = IntegrationTestBase.unique("Carl");
        JsonNode first = report("P", List.of(ROCHDALE, ROTHERHAM), person("SUSPECT", nadeem),
                person("SUSPECT", kane), existing("child", childOne, "VICTIM"), Map.of("type", "vehicle",
                        "vehicle", Map.of("registration", registration())));
        sharedReference = first.get("reference").asString();
        suspectOne = refOf(first, nadeem);
        suspectTwo = refOf(first, kane);
        report("P", List.of(ROCHDALE, ROTHERHAM), existing("person", suspectOne, "SUSPECT"),
                existing("child", childTwo, "VICTIM"), Map.of("type", "phone", "phone", phoneNumber()));
        JsonNode restricted = report("C", List.of(ROCHDALE), person("SUSPECT", carl),
                existing("person", suspectOne, "ASSOCIATE"), existing("child", childTwo, "VICTIM"));
        suspectThree = refOf(restricted, carl);
    }

    /** The dossier, as the user sees it through the API, that holds the subject; fails when there is none. */
    public JsonNode dossierSeenBy(String user, String subject) throws Exception {
        // A network's id follows its members' identities, which the scheduled resolution (running beside the tests)
        // may rename between the list and the read; a network gone by then is looked for again in a fresh list.
        for (int attempt = 0; attempt < LIST_ATTEMPTS; attempt++) {
            for (JsonNode network : getAs(user, "/api/v1/networks")) {
                var response = test.mvc.perform(get("/api/v1/networks/" + network.get("id").asString())
                        .header("Authorization", IntegrationTestBase.bearer(test.tokenFor(user)))).andReturn()
                        .getResponse();
                if (response.getStatus() == 404) {
                    continue;
                }
                assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
                JsonNode dossier = IntegrationTestBase.json(response.getContentAsString());
                if (dossier.get("members").valueStream()
                        .anyMatch(member -> member.get("id").asString().equals(subject))) {
                    return dossier;
                }
            }
        }
        throw new AssertionError(user + " sees no network with " + subject);
    }

    private JsonNode getAs(String user, String path) throws Exception {
        var response = test.mvc.perform(get(path).header("Authorization",
                IntegrationTestBase.bearer(test.tokenFor(user)))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return IntegrationTestBase.json(response.getContentAsString());
    }

    private JsonNode report(String handling, List<String> areas, Map<?, ?>... subjects) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("informationDate", today, "areaCodes", areas,
                "sourceEvaluation", "P".equals(handling) ? "2" : "1",
                "intelligenceAssessment", "P".equals(handling) ? "B" : "A", "handlingCode", handling,
                "text", "Adults seen collecting girls from a park in a car.", "subjects", List.of(subjects)));
        if ("C".equals(handling)) {
            body.put("handlingConditions", "Not to be shared outside the force without the author's consent");
        }
        var response = test.mvc.perform(post("/api/v1/intelligence")
                .header("Authorization", IntegrationTestBase.bearer(test.tokenFor("investigator")))
                .contentType(MediaType.APPLICATION_JSON).content(IntegrationTestBase.JSON.writeValueAsString(body)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return IntegrationTestBase.json(response.getContentAsString());
    }

    private String childOf(JsonNode referral) throws Exception {
        return getAs("triage", "/api/v1/referrals/" + referral.get("id").asString()).get("children").get(0).get("id")
                .asString();
    }

    private static Map<String, Object> person(String role, String firstName) {
        return Map.of("type", "person", "role", role, "person", Map.of("firstName", firstName,
                "surname", "Netsuspect"));
    }

    private static Map<String, Object> existing(String type, String ref, String role) {
        return Map.of("type", type, "role", role, "existing", ref);
    }

    /**
     * A registration no other group in the database shares, or the groups would be joined through the car: five
     * random characters after a fixed prefix give a million of them.
     */
    private static String registration() {
        return "NW21 " + UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
    }

    private static String phoneNumber() {
        return String.format("07700 9%05d", Math.floorMod(System.nanoTime(), 100_000));
    }

    private static String refOf(JsonNode report, String name) {
        return report.get("subjects").valueStream().filter(subject -> subject.get("label").asString().contains(name))
                .findFirst().orElseThrow().get("ref").asString();
    }
}
