package uk.lantern.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import uk.lantern.support.IntegrationTestBase;

/** An intelligence report, through the API, naming a child, a suspect, the suspect's car and phone. */
final class SearchIntelligence {

    private SearchIntelligence() {
    }

    /**
     * Records the report as the user, with the handling code, about the areas.
     *
     * @return the id of the suspect's new record
     */
    static String report(IntegrationTestBase test, String username, String handling, List<String> areas,
                         String childId, String suspectFirstName, String suspectSurname, String registration,
                         String phone) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("informationDate", LocalDate.now().toString());
        body.put("areaCodes", areas);
        body.put("sourceEvaluation", "2");
        body.put("intelligenceAssessment", "B");
        body.put("handlingCode", handling);
        if ("C".equals(handling)) {
            body.put("handlingConditions", "Not to be shared outside the force without the author's consent");
        }
        body.put("text", "A source says the man collects the girl from school in his car and calls her nightly.");
        body.put("subjects", List.of(
                Map.of("type", "person", "role", "SUSPECT", "person",
                        Map.of("firstName", suspectFirstName, "surname", suspectSurname, "dateOfBirth", "1984")),
                Map.of("type", "child", "role", "VICTIM", "existing", "child:" + childId),
                Map.of("type", "vehicle", "vehicle", Map.of("registration", registration, "make", "Vauxhall")),
                Map.of("type", "phone", "phone", phone)));
        body.put("links", List.of(Map.of("from", 0, "to", 2, "linkType", "USES_VEHICLE")));
        JsonNode report = test.postJson(username, "/api/v1/intelligence", body, 201);
        return report.get("subjects").valueStream().filter(subject -> subject.get("type").asString().equals("PERSON"))
                .findFirst().orElseThrow().get("ref").asString().substring("person:".length());
    }
}
