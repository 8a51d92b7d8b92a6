package uk.lantern.resolution.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import uk.lantern.identity.UserView;
import uk.lantern.people.Children;
import uk.lantern.people.PeopleRecords;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.SmallNetwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.lantern.resolution.internal.ResolutionFixtures.ROCHDALE;
import static uk.lantern.resolution.internal.ResolutionFixtures.SOUTH_YORKSHIRE_POLICE;

/**
 * The match review pages for each role: the analyst works the queue, compares a pair, decides with a reason, and
 * merges and unmerges on the identity page, each change in the ledger; an analyst of another force and every role
 * without {@code REVIEW_MATCHES} get 403 pages.
 */
class ResolutionPagesIT extends IntegrationTestBase {

    @Autowired
    IdentityRepository repository;
    @Autowired
    PeopleRecords people;
    @Autowired
    Children children;
    @Autowired
    Identities identities;

    private ResolutionFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ResolutionFixtures(mvc, this::tokenFor, repository, people, children, identities);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void anAnalystComparesAPairAndDecidesItWithAReason() throws Exception {
        String surname = unique("Ogden");
        UUID one = fixtures.adult("investigator", ROCHDALE, "Kamran", surname, "1984-06-07");
        UUID other = fixtures.adult("investigator", ROCHDALE, "Kamran", surname, "1984-07-06");
        UUID pair = fixtures.waitingPair(RecordKind.PERSON, one, other);
        MockHttpSession analyst = signIn("analyst");

        assertThat(page(analyst, "/")).contains("Match review");
        assertThat(page(analyst, "/resolution/review?kind=PERSON&page=1")).contains("Match review");
        String comparison = page(analyst, "/resolution/matches/" + pair);
        assertThat(comparison).contains("Kamran " + surname, "1984-06-07", "1984-07-06", "How the score adds up",
                "<svg", "lantern-waterfall-prior", "The score step by step", "Date of birth");
        assertThat(lastEntry("PERSON", one.toString(), "RECORD_READ").payload())
                .contains("Comparing two records for a match");

        String refused = mvc.perform(post("/resolution/matches/" + pair + "/decision").session(analyst).with(csrf())
                        .param("decision", "ACCEPT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "href=\"#reason\"", "Give the reason");
        assertThat(repository.pair(pair, false).orElseThrow().status().name()).isEqualTo("REVIEW");

        mvc.perform(post("/resolution/matches/" + pair + "/decision").session(analyst).with(csrf())
                        .param("decision", "ACCEPT").param("reason", "One man; the day and month swapped"))
                .andExpect(status().is3xxRedirection());
        assertThat(lastEntry(IdentityService.PAIR, pair.toString(), "MATCH_ACCEPTED").payload())
                .contains("day and month swapped");
        String identity = identities.identityOf(RecordKind.PERSON, List.of(one)).get(one);
        assertThat(identities.identityOf(RecordKind.PERSON, List.of(other)).get(other)).isEqualTo(identity);
        assertThat(page(analyst, "/resolution/identities/" + identity + "?kind=PERSON"))
                .contains("Pair accepted", "day and month swapped", "Merged");
    }

    @Test
    void anAnalystMergesAndUnmergesOnTheIdentityPage() throws Exception {
        String surname = unique("Clegg");
        UUID one = fixtures.adult("investigator", ROCHDALE, "Shane", surname, "1975-01-02");
        UUID other = fixtures.adult("investigator", ROCHDALE, "Darren", surname + "x", "1969-03-04");
        MockHttpSession analyst = signIn("analyst");
        String identity = identities.identityOf(RecordKind.PERSON, List.of(one)).get(one);

        assertThat(page(analyst, "/resolution/identities/" + identity + "?kind=PERSON&search=" + surname))
                .contains("Darren " + surname + "x");
        String missing = mvc.perform(post("/resolution/identities/" + identity + "/merge").session(analyst)
                        .with(csrf()).param("kind", "PERSON").param("record", one.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("href=\"#otherRecord\"", "href=\"#reason\"");

        mvc.perform(post("/resolution/identities/" + identity + "/merge").session(analyst).with(csrf())
                        .param("kind", "PERSON").param("record", one.toString())
                        .param("otherRecord", other.toString()).param("reason", "Uses his brother's name"))
                .andExpect(status().is3xxRedirection());
        assertThat(lastEntry("PERSON", one.toString(), "IDENTITY_MERGED").payload()).contains("brother's name");
        String merged = identities.identityOf(RecordKind.PERSON, List.of(one)).get(one);
        assertThat(identities.identityOf(RecordKind.PERSON, List.of(other)).get(other)).isEqualTo(merged);

        var unmerged = mvc.perform(post("/resolution/identities/" + merged + "/unmerge").session(analyst).with(csrf())
                        .param("kind", "PERSON").param("record", other.toString())
                        .param("members", one.toString(), other.toString())
                        .param("unmergeReason", "Fingerprints differ"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(lastEntry("PERSON", other.toString(), "IDENTITY_UNMERGED").payload())
                .contains("Fingerprints differ");
        String remaining = identities.identityOf(RecordKind.PERSON, List.of(one)).get(one);
        assertThat(unmerged.getResponse().getRedirectedUrl())
                .isEqualTo("/resolution/identities/" + remaining + "?kind=PERSON");
        assertThat(page(analyst, "/resolution/identities/" + remaining + "?kind=PERSON"))
                .contains("Record taken out", "Fingerprints differ", "Uses his brother");
    }

    @Test
    void aDossierMemberLinksAnalystsToTheirIdentityAndItsSourceRecords() throws Exception {
        SmallNetwork network = new SmallNetwork(this);
        UUID suspect = UUID.fromString(network.suspectOne.substring("person:".length()));
        String identity = identities.identityOf(RecordKind.PERSON, List.of(suspect)).get(suspect);
        String dossier = network.dossierSeenBy("analyst", network.suspectOne).get("id").asString();
        String link = "/resolution/identities/" + identity + "?kind=PERSON";

        assertThat(page(signIn("analyst"), "/networks/" + dossier)).contains("href=\"" + link + "\"");
        assertThat(page(signIn("investigator"), "/networks/" + dossier)).as("investigators do not review matches")
                .doesNotContain("/resolution/identities/");
        String identityPage = page(signIn("analyst"), link);
        assertThat(identityPage).contains("Netsuspect", "Its records", "Greater Manchester Police (demo)");
        assertThat(lastEntry("PERSON", suspect.toString(), "RECORD_READ").payload()).contains("Viewing an identity");
    }

    @Test
    void otherForcesAnalystsAndRolesThatMayNotReviewGet403Pages() throws Exception {
        String surname = unique("Lord");
        UUID one = fixtures.adult("investigator", ROCHDALE, "Junaid", surname, "1990-02-03");
        UUID other = fixtures.adult("investigator", ROCHDALE, "Junaid", surname, "1990-02-03");
        UUID pair = fixtures.waitingPair(RecordKind.PERSON, one, other);
        UserView southYorkshire = newUser(SOUTH_YORKSHIRE_POLICE, "ANALYST");
        MockHttpSession elsewhere = signIn(southYorkshire.username(), STRONG_PASSWORD);

        mvc.perform(get("/resolution/matches/" + pair).session(elsewhere)).andExpect(status().isForbidden());
        String identity = identities.identityOf(RecordKind.PERSON, List.of(one)).get(one);
        mvc.perform(get("/resolution/identities/" + identity + "?kind=PERSON").session(elsewhere))
                .andExpect(status().isForbidden());
        mvc.perform(post("/resolution/matches/" + pair + "/decision").session(elsewhere).with(csrf())
                .param("decision", "ACCEPT").param("reason", "Looks the same")).andExpect(status().isForbidden());
        assertThat(page(elsewhere, "/resolution/review?kind=PERSON")).doesNotContain(surname);

        for (String username : List.of("referrer", "triage", "socialworker", "investigator", "manager", "auditor",
                "admin")) {
            MockHttpSession session = signIn(username);
            for (String path : List.of("/resolution/review", "/resolution/matches/" + pair,
                    "/resolution/identities/" + one + "?kind=PERSON")) {
                String body = mvc.perform(get(path).session(session)).andExpect(status().isForbidden()).andReturn()
                        .getResponse().getContentAsString();
                assertThat(body).as(username + " " + path).doesNotContain(surname);
            }
            mvc.perform(post("/resolution/identities/" + one + "/unmerge").session(session).with(csrf())
                    .param("kind", "PERSON").param("record", one.toString()).param("unmergeReason", "x"))
                    .andExpect(status().isForbidden());
        }
        assertThat(repository.pair(pair, false).orElseThrow().status().name()).isEqualTo("REVIEW");
    }
}
