package uk.lantern.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.people.Children;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.OutsideManagers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search shows nothing a single read would refuse the searcher, and says nothing of it: not another area's child,
 * not a child no relationship or role scope opens, not an adult known only from intelligence the searcher may not
 * read (a restricted report, another force's). Referrers, auditors and administrators have no search. Every search is
 * one ledger entry naming what was looked for and each record shown.
 */
class SearchAccessIT extends IntegrationTestBase {

    private static final String ROTHERHAM = "E08000018";

    @Autowired
    Children children;

    @Test
    void referrersAuditorsAndAdministratorsHaveNoSearchBoxPageOrApi() throws Exception {
        for (String username : List.of("referrer", "auditor", "admin")) {
            mvc.perform(get("/api/v1/search?q=Smith").header("Authorization", bearer(tokenFor(username))))
                    .andExpect(status().isForbidden());
            MockHttpSession session = signIn(username);
            mvc.perform(get("/search?q=Smith").session(session)).andExpect(status().isForbidden());
            assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString())
                    .as("%s's pages have no search box", username).doesNotContain("id=\"search-box\"");
        }
        assertThat(mvc.perform(get("/").session(signIn("triage"))).andReturn().getResponse().getContentAsString())
                .contains("id=\"search-box\"");
    }

    @Test
    void aChildIsFoundOnlyByThoseWhoMayReadTheirRecordAndEverySearchIsLogged() throws Exception {
        String surname = SearchablePeople.surname("Ormerod");
        String child = SearchablePeople.child(children, "Kayla", surname, "2011-03-02", null, null);
        String query = "Kayla " + surname;
        String schoolManager = OutsideManagers.schoolManager(this);

        Map<String, Boolean> findsTheChild = Map.of("triage", true, "manager", true, "investigator", true,
                "analyst", true, "socialworker", false, "triage.oldham", false, "investigator.rotherham", false);
        for (Map.Entry<String, Boolean> viewer : findsTheChild.entrySet()) {
            JsonNode found = search(tokenFor(viewer.getKey()), query);
            assertSeesOnly(viewer.getKey(), found, viewer.getValue() ? List.of(child) : List.of());
            assertLogged(viewer.getKey(), "name: " + query.toLowerCase(), viewer.getValue() ? List.of("CHILD/" + child)
                    : List.of());
        }
        JsonNode outside = search(tokenFor(schoolManager, STRONG_PASSWORD), query);
        assertSeesOnly(schoolManager, outside, List.of());
        assertLogged(schoolManager, "name: " + query.toLowerCase(), List.of());

        // The page shows and logs the same.
        String page = mvc.perform(get("/search").param("q", query).session(signIn("triage")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/children/" + child + "\"", "1 person found");
        assertLogged("triage", "name: " + query.toLowerCase(), List.of("CHILD/" + child));
        String oldham = mvc.perform(get("/search").param("q", query).session(signIn("triage.oldham")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(oldham).contains("No records found").doesNotContain(surname + "</");
    }

    @Test
    void anAdultKnownOnlyFromRestrictedIntelligenceOfAnotherForceIsNotFound() throws Exception {
        String surname = SearchablePeople.surname("Fairbrother");
        String child = SearchablePeople.child(children, "Mia", surname, "2010", null, null);
        String registration = "SY" + (10 + (int) (Math.random() * 89)) + " " + surname.substring(11, 14)
                .toUpperCase();
        String restricted = SearchIntelligence.report(this, "investigator.rotherham", "C",
                List.of(SearchablePeople.ROCHDALE, ROTHERHAM), child, "Conrad", surname, registration,
                "07700 8" + String.format("%05d", (int) (Math.random() * 100_000)));
        String shared = SearchIntelligence.report(this, "investigator.rotherham", "P",
                List.of(SearchablePeople.ROCHDALE, ROTHERHAM), child, "Sidney", surname, "SY09 ZZA", "07700 800001");

        String investigator = tokenFor("investigator");
        assertSeesOnly("investigator", search(investigator, "Conrad " + surname), List.of());
        assertSeesOnly("investigator", search(investigator, "Sidney " + surname), List.of(shared));
        assertSeesOnly("investigator", search(investigator, registration), List.of());
        assertSeesOnly("investigator.rotherham", search(tokenFor("investigator.rotherham"), "Conrad " + surname),
                List.of(restricted));
        // The front door may read the Rochdale child, but no report in full: it finds no adult through one.
        String triage = tokenFor("triage");
        assertSeesOnly("triage", search(triage, "Sidney " + surname), List.of());
        assertSeesOnly("triage", search(triage, surname), List.of(child));
        assertLogged("triage", "name: " + surname.toLowerCase(), List.of("CHILD/" + child));
    }

    private JsonNode search(String token, String q) throws Exception {
        return json(mvc.perform(get("/api/v1/search").param("q", q).header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static void assertSeesOnly(String viewer, JsonNode found, List<String> records) {
        assertThat(SearchIT.recordIds(found)).as("what %s finds", viewer).containsExactlyInAnyOrderElementsOf(records);
    }

    /** The viewer's latest search is one entry naming what was looked for and exactly the records shown. */
    private void assertLogged(String viewer, String criterion, List<String> records) {
        List<LedgerEntryView> searches = ledger.entriesAbout("LIST", "SEARCH").stream()
                .filter(entry -> entry.actor().equals(viewer)).toList();
        assertThat(searches).as("%s's searches", viewer).isNotEmpty();
        LedgerEntryView latest = searches.get(searches.size() - 1);
        assertThat(latest.action()).isEqualTo("SEARCH_READ");
        JsonNode payload = json(latest.payload());
        assertThat(payload.get("criteria").valueStream().map(JsonNode::asString)).contains(criterion);
        assertThat(payload.get("records").valueStream().map(JsonNode::asString).toList())
                .as("the records %s was shown", viewer).containsExactlyInAnyOrderElementsOf(records);
    }
}
