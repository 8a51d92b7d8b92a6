package uk.lantern.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import uk.lantern.people.Children;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What search finds, through the API as the front door in Rochdale uses it: names however they are spelt (typos,
 * nicknames, transliteration), partial dates of birth, NHS numbers, postcodes, and the phones and vehicles that
 * intelligence links to people, with a resolved person's records together as one result.
 */
class SearchIT extends IntegrationTestBase {

    @Autowired
    Children children;
    @Autowired
    Identities identities;

    @Test
    void aMisspeltNameFindsTheChildAndLinksToTheirRecord() throws Exception {
        String surname = SearchablePeople.surname("Oakenshaw");
        String child = SearchablePeople.child(children, "Jayden", surname, "2011-04-23", null, null);
        String misspelt = "Jaydn " + surname.replaceFirst("kens", "knes");

        JsonNode found = search("triage", Map.of("q", misspelt));

        assertThat(recordIds(found)).containsExactly(child);
        JsonNode record = found.get("results").get(0).get("records").get(0);
        assertThat(record.get("name").asString()).isEqualTo("Jayden " + surname);
        assertThat(record.get("path").asString()).isEqualTo("/children/" + child);
        assertThat(record.get("dateOfBirth").asString()).isEqualTo("2011-04-23");
        assertThat(recordIds(search("triage", Map.of("q", "Keira " + surname)))).as("another first name")
                .isEmpty();
    }

    @Test
    void aNicknameOrATransliterationFindsTheChild() throws Exception {
        String surname = SearchablePeople.surname("Haworth");
        String william = SearchablePeople.child(children, "William", surname, "2010", null, null);
        String mohammed = SearchablePeople.child(children, "Mohammed", surname, "2012-02-01", null, null);

        assertThat(recordIds(search("triage", Map.of("q", "Bill " + surname)))).containsExactly(william);
        assertThat(recordIds(search("triage", Map.of("q", "Muhammad " + surname)))).containsExactly(mohammed);
        assertThat(recordIds(search("triage", Map.of("q", surname)))).as("the surname alone")
                .containsExactlyInAnyOrder(william, mohammed);
    }

    @Test
    void aDateOfBirthGivenInFullOrInPartNarrowsTheName() throws Exception {
        String surname = SearchablePeople.surname("Greenhalgh");
        String april = SearchablePeople.child(children, "Amelia", surname, "2011-04-23", null, null);
        String yearOnly = SearchablePeople.child(children, "Amelie", surname, "2011", null, null);
        String later = SearchablePeople.child(children, "Amelia", surname, "2013-09-02", null, null);

        assertThat(recordIds(search("triage", Map.of("q", "Amelia " + surname + " 23/04/2011"))))
                .as("a full date; a record of the year alone agrees as far as it goes")
                .containsExactlyInAnyOrder(april, yearOnly);
        assertThat(recordIds(search("triage", Map.of("name", surname, "dateOfBirth", "04/2011"))))
                .containsExactlyInAnyOrder(april, yearOnly);
        assertThat(recordIds(search("triage", Map.of("q", surname + " 2013")))).containsExactly(later);
    }

    @Test
    void anNhsNumberOrAPostcodeFindsTheChild() throws Exception {
        String surname = SearchablePeople.surname("Butterworth");
        String nhsNumber = SearchablePeople.nhsNumber();
        String numbered = SearchablePeople.child(children, "Poppy", surname, "2012", nhsNumber, null);
        String housed = SearchablePeople.child(children, "Ruby", surname, "2012", null, "OL11 3QT");

        String spaced = nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
        assertThat(recordIds(search("triage", Map.of("q", spaced)))).containsExactly(numbered);
        assertThat(recordIds(search("triage", Map.of("nhsNumber", nhsNumber)))).containsExactly(numbered);
        assertThat(recordIds(search("triage", Map.of("name", surname, "postcode", "ol113qt"))))
                .containsExactly(housed);
        assertThat(recordIds(search("triage", Map.of("q", "OL11 3QT")))).contains(housed).doesNotContain(numbered);
    }

    @Test
    void aPhoneOrAVehicleFindsThePeopleIntelligenceLinksToIt() throws Exception {
        String surname = SearchablePeople.surname("Kershaw");
        String child = SearchablePeople.child(children, "Leah", surname, "2011", null, null);
        String registration = "MA" + (10 + (int) (Math.random() * 89)) + " " + surname.substring(7, 10).toUpperCase();
        String phone = "07700 9" + String.format("%05d", (int) (Math.random() * 100_000));
        String adult = SearchIntelligence.report(this, "investigator", "P", List.of(SearchablePeople.ROCHDALE),
                child, "Dean", surname, registration, phone);

        JsonNode byVehicle = search("investigator", Map.of("q", registration.toLowerCase()));
        assertThat(recordIds(byVehicle)).containsExactlyInAnyOrder(child, adult);
        assertThat(byVehicle.get("results").valueStream().map(result -> result.get("kind").asString()))
                .containsExactlyInAnyOrder("CHILD", "PERSON");
        assertThat(recordIds(search("investigator", Map.of("phone", "+44" + phone.substring(1)))))
                .containsExactlyInAnyOrder(child, adult);
        assertThat(recordIds(search("investigator", Map.of("q", "Dean " + surname)))).containsExactly(adult);
    }

    @Test
    void recordsResolvedAsOnePersonAreOneResult() throws Exception {
        String surname = SearchablePeople.surname("Schofield");
        String one = SearchablePeople.child(children, "Freya", surname, "2010-06-14", null, null);
        String other = SearchablePeople.child(children, "Freyja", surname, "2010-06-14", null, null);
        identities.merge(actorOf("analyst"), RecordKind.CHILD, java.util.UUID.fromString(one),
                java.util.UUID.fromString(other), "The same girl: one date of birth and one school");

        JsonNode found = search("triage", Map.of("q", "Freya " + surname));

        assertThat(found.get("results").size()).isEqualTo(1);
        assertThat(recordIds(found)).containsExactlyInAnyOrder(one, other);
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        String token = tokenFor("triage");
        mvc.perform(get("/api/v1/search").header("Authorization", bearer(token)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/search?q=J").header("Authorization", bearer(token)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter at least 2 letters of a name"));
        mvc.perform(get("/api/v1/search?dateOfBirth=31/02/2011").header("Authorization", bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        mvc.perform(get("/api/v1/search?nhsNumber=12345").header("Authorization", bearer(token)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nhsNumber"));
    }

    private JsonNode search(String username, Map<String, String> parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/search").header("Authorization",
                bearer(tokenFor(username)));
        new HashMap<>(parameters).forEach(request::param);
        return json(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static List<String> recordIds(JsonNode found) {
        return found.get("results").valueStream().flatMap(result -> result.get("records").valueStream())
                .map(record -> record.get("id").asString()).toList();
    }
}
