package uk.lantern.resolution.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import uk.lantern.identity.UserView;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.people.Children;
import uk.lantern.people.PeopleRecords;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.SmallNetwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.lantern.resolution.internal.ResolutionFixtures.ROCHDALE;
import static uk.lantern.resolution.internal.ResolutionFixtures.ROTHERHAM;
import static uk.lantern.resolution.internal.ResolutionFixtures.SOUTH_YORKSHIRE_POLICE;

/**
 * Every resolution endpoint under the access policy: an identity's records shown only as far as each record's single
 * read would show them, each shown record a logged read; merges, unmerges and decisions refused unless the analyst
 * may see both records; the queue listing only pairs both of whose records the analyst may see, logged. Greater
 * Manchester's analyst sees Rochdale; an analyst of South Yorkshire Police sees Rotherham; other roles see nothing.
 */
class ResolutionAccessIT extends IntegrationTestBase {

    @Autowired
    IdentityRepository repository;
    @Autowired
    PeopleRecords people;
    @Autowired
    Children children;
    @Autowired
    Identities identities;

    private ResolutionFixtures fixtures;
    private String southYorkshireAnalyst;

    @BeforeEach
    void fixtures() {
        fixtures = new ResolutionFixtures(mvc, this::tokenFor, repository, people, children, identities);
        UserView analyst = newUser(SOUTH_YORKSHIRE_POLICE, "ANALYST");
        southYorkshireAnalyst = analyst.username();
    }

    private String token(String username) throws Exception {
        return username.equals(southYorkshireAnalyst) ? tokenFor(username, STRONG_PASSWORD) : tokenFor(username);
    }

    private int statusOf(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", bearer(token(username)))).andReturn().getResponse()
                .getStatus();
    }

    private JsonNode bodyOf(String username, MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.header("Authorization", bearer(token(username)))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json(response.getContentAsString());
    }

    private static MockHttpServletRequestBuilder postJson(String path, Map<String, ?> body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    private List<LedgerEntryView> entries(String type, String id, String action) {
        return ledger.entriesAbout(type, id).stream().filter(entry -> entry.action().equals(action)).toList();
    }

    @Test
    void anIdentityShowsEachViewerOnlyTheRecordsTheyMaySeeAndLogsEachRead() throws Exception {
        UUID rochdaleChild = fixtures.child(ROCHDALE, unique("Amira"), "Shawcross", "2012-03-04");
        UUID rotherhamChild = fixtures.child(ROTHERHAM, unique("Amira"), "Shawcross", "2012-03-04");
        String identity = rochdaleChild.toString();
        repository.saveIdentities(RecordKind.CHILD, Map.of(rochdaleChild, identity, rotherhamChild, identity),
                Instant.now());
        String path = "/api/v1/resolution/identities/" + identity + "?kind=CHILD";

        JsonNode seenInGreaterManchester = bodyOf("analyst", get(path));
        assertThat(seenInGreaterManchester.get("records").size()).isEqualTo(1);
        assertThat(seenInGreaterManchester.get("records").get(0).get("particulars").get("id").asString())
                .isEqualTo(rochdaleChild.toString());
        assertThat(seenInGreaterManchester.get("withheldRecords").asInt()).isEqualTo(1);
        assertThat(seenInGreaterManchester.toString()).doesNotContain(rotherhamChild.toString());
        assertThat(entries("CHILD", rochdaleChild.toString(), "RECORD_READ")).last()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("analyst"))
                .satisfies(entry -> assertThat(entry.payload()).contains("Viewing an identity", "AREA_SCOPE"));
        assertThat(entries("CHILD", rotherhamChild.toString(), "RECORD_READ")).isEmpty();

        JsonNode seenInSouthYorkshire = bodyOf(southYorkshireAnalyst, get(path));
        assertThat(seenInSouthYorkshire.get("records").get(0).get("particulars").get("id").asString())
                .isEqualTo(rotherhamChild.toString());
        assertThat(entries("CHILD", rotherhamChild.toString(), "RECORD_READ")).hasSize(1);

        UUID onlyInRotherham = fixtures.child(ROTHERHAM, unique("Lily"), "Parkin", "2011-07-08");
        assertThat(statusOf("analyst", get("/api/v1/resolution/identities/" + onlyInRotherham + "?kind=CHILD")))
                .as("an identity of records the analyst may not see at all").isEqualTo(403);
        assertThat(statusOf(southYorkshireAnalyst, get("/api/v1/resolution/identities/" + onlyInRotherham
                + "?kind=CHILD"))).isEqualTo(200);
        assertThat(entries("CHILD", onlyInRotherham.toString(), "RECORD_READ")).hasSize(1);
    }

    @Test
    void changesNeedBothRecordsVisibleAndARefusalChangesNothing() throws Exception {
        UUID rochdale = fixtures.adult("investigator", ROCHDALE, unique("Tariq"), "Hollinworth", "1985-02-03");
        UUID otherRochdale = fixtures.adult("investigator", ROCHDALE, unique("Dean"), "Marsland", "1979-11-12");
        UUID southYorkshire = fixtures.adult("investigator.rotherham", ROTHERHAM, unique("Tariq"), "Hollinworth",
                "1985-02-03");
        UUID pair = fixtures.waitingPair(RecordKind.PERSON, rochdale, southYorkshire);
        Map<UUID, String> before = identities.identityOf(RecordKind.PERSON, List.of(rochdale, southYorkshire));

        for (String analyst : List.of("analyst", southYorkshireAnalyst)) {
            assertThat(statusOf(analyst, postJson("/api/v1/resolution/identities/merge?kind=PERSON", Map.of(
                    "record", rochdale, "otherRecord", southYorkshire, "reason", "The same man in two forces"))))
                    .isEqualTo(403);
            assertThat(statusOf(analyst, postJson("/api/v1/resolution/matches/" + pair + "/decision",
                    Map.of("accept", true, "reason", "Same name and date of birth")))).isEqualTo(403);
            assertThat(statusOf(analyst, get("/api/v1/resolution/matches/" + pair))).isEqualTo(403);
            JsonNode queue = bodyOf(analyst, get("/api/v1/resolution/review-queue?kind=PERSON&limit=500"));
            assertThat(queue.toString()).doesNotContain(pair.toString());
        }
        assertThat(identities.identityOf(RecordKind.PERSON, List.of(rochdale, southYorkshire))).isEqualTo(before);
        assertThat(entries("PERSON", rochdale.toString(), "IDENTITY_MERGED")).isEmpty();
        assertThat(repository.pair(pair, false).orElseThrow().status().name()).isEqualTo("REVIEW");
        assertThat(entries(IdentityService.PAIR, pair.toString(), "MATCH_ACCEPTED")).isEmpty();

        JsonNode merged = bodyOf("analyst", postJson("/api/v1/resolution/identities/merge?kind=PERSON", Map.of(
                "record", rochdale, "otherRecord", otherRochdale, "reason", "Known by both names to one family")));
        assertThat(merged.get("records").size()).isEqualTo(2);
        assertThat(entries("PERSON", rochdale.toString(), "IDENTITY_MERGED")).hasSize(1);
        assertThat(entries("PERSON", rochdale.toString(), "RECORD_READ")).last()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("analyst"));

        assertThat(statusOf(southYorkshireAnalyst, postJson("/api/v1/resolution/identities/unmerge?kind=PERSON",
                Map.of("record", otherRochdale, "reason", "Different fathers")))).isEqualTo(403);
        assertThat(identities.identityOf(RecordKind.PERSON, List.of(otherRochdale)).get(otherRochdale))
                .isEqualTo(merged.get("identityId").asString());
        bodyOf("analyst", postJson("/api/v1/resolution/identities/unmerge?kind=PERSON",
                Map.of("record", otherRochdale, "reason", "Different fathers")));
        assertThat(entries("PERSON", otherRochdale.toString(), "IDENTITY_UNMERGED")).singleElement()
                .satisfies(entry -> assertThat(entry.payload()).contains("Different fathers"));
    }

    @Test
    void theQueueListsOnlyPairsTheAnalystMaySeeSuspectsInNetworksFirstAndIsLogged() throws Exception {
        SmallNetwork network = new SmallNetwork(this);
        UUID suspect = UUID.fromString(network.suspectOne.substring("person:".length()));
        UUID alias = fixtures.adult("investigator", ROCHDALE, unique("Nadeem"), "Netsuspect", "1990-01-01");
        UUID one = fixtures.adult("investigator", ROCHDALE, unique("Waqas"), "Tetlow", "1988-05-06");
        UUID other = fixtures.adult("investigator", ROCHDALE, unique("Waqas"), "Tetlow", "1988-05-06");
        UUID hidden = fixtures.adult("investigator.rotherham", ROTHERHAM, unique("Waqas"), "Tetlow", "1988-05-06");
        UUID suspectPair = fixtures.waitingPair(RecordKind.PERSON, suspect, alias);
        UUID plainPair = fixtures.waitingPair(RecordKind.PERSON, one, other);
        UUID hiddenPair = fixtures.waitingPair(RecordKind.PERSON, one, hidden);

        JsonNode queue = bodyOf("analyst", get("/api/v1/resolution/review-queue?kind=PERSON&limit=500"));
        List<String> ids = queue.get("matches").valueStream().map(match -> match.get("id").asString()).toList();
        assertThat(ids).contains(suspectPair.toString(), plainPair.toString()).doesNotContain(hiddenPair.toString());
        assertThat(ids.indexOf(suspectPair.toString())).isLessThan(ids.indexOf(plainPair.toString()));
        JsonNode first = queue.get("matches").get(ids.indexOf(suspectPair.toString()));
        assertThat(first.get("priority").asString()).isEqualTo("SUSPECT_IN_NETWORK");
        assertThat(entries("MATCH_QUEUE", "PERSON", "MATCH_QUEUE_READ")).last()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("analyst"))
                .satisfies(entry -> assertThat(entry.payload()).contains(one.toString(), suspect.toString())
                        .doesNotContain(hidden.toString()));

        JsonNode southYorkshire = bodyOf(southYorkshireAnalyst,
                get("/api/v1/resolution/review-queue?kind=PERSON&limit=500"));
        assertThat(southYorkshire.toString()).doesNotContain(plainPair.toString(), hiddenPair.toString());
        assertThat(bodyOf(southYorkshireAnalyst, get("/api/v1/resolution/records?kind=PERSON&name=Tetlow"))
                .valueStream().map(record -> record.get("particulars").get("id").asString()).toList())
                .contains(hidden.toString()).doesNotContain(one.toString(), other.toString());
    }

    @Test
    void rolesThatMayNotReviewMatchesAreRefusedEveryEndpoint() throws Exception {
        UUID one = fixtures.adult("investigator", ROCHDALE, unique("Imran"), "Brearley", "1981-04-05");
        UUID other = fixtures.adult("investigator", ROCHDALE, unique("Imran"), "Brearley", "1981-04-05");
        UUID pair = fixtures.waitingPair(RecordKind.PERSON, one, other);
        java.util.function.Supplier<List<MockHttpServletRequestBuilder>> endpoints = () -> List.of(
                get("/api/v1/resolution/review-queue?kind=PERSON"),
                get("/api/v1/resolution/matches/" + pair),
                postJson("/api/v1/resolution/matches/" + pair + "/decision", Map.of("accept", true, "reason", "x")),
                postJson("/api/v1/resolution/identities/merge?kind=PERSON",
                        Map.of("record", one, "otherRecord", other, "reason", "x")),
                postJson("/api/v1/resolution/identities/unmerge?kind=PERSON", Map.of("record", one, "reason", "x")),
                get("/api/v1/resolution/identities/" + one + "?kind=PERSON"),
                get("/api/v1/resolution/records?kind=PERSON&name=Brearley"));
        for (String username : List.of("referrer", "triage", "socialworker", "investigator", "manager", "auditor",
                "admin")) {
            for (MockHttpServletRequestBuilder endpoint : endpoints.get()) {
                assertThat(statusOf(username, endpoint)).as(username).isEqualTo(403);
            }
        }
        assertThat(repository.pair(pair, false).orElseThrow().status().name()).isEqualTo("REVIEW");
        assertThat(statusOf("analyst", get("/api/v1/resolution/matches/" + pair))).isEqualTo(200);
        assertThat(statusOf("analyst", postJson("/api/v1/resolution/matches/" + pair + "/decision",
                Map.of("accept", false, "reason", "Two brothers")))).isEqualTo(200);
        assertThat(entries(IdentityService.PAIR, pair.toString(), "MATCH_REJECTED")).singleElement()
                .satisfies(entry -> assertThat(entry.payload()).contains("Two brothers"));
    }
}
