package uk.lantern.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.review.HistoricReviews;
import uk.lantern.support.ClosedReferralNearANetwork;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.OutsideManagers;
import uk.lantern.support.ReferredChild;
import uk.lantern.support.ReviewQueue;
import uk.lantern.support.SmallNetwork;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A list never names a person whose record a single read refuses, and a list that names a person logs the read as a
 * single read does. Every list is tried: every page and API operation that takes no record id, as the access
 * matrix tries it, and the name searches. Every viewer is tried: each demo user, whatever their role and area, and
 * managers of a school and a health trust, whose role reaches the area's queues but not the children's social
 * care records in them.
 */
class ListsNameOnlyReadablePeopleIT extends IntegrationTestBase {

    /** Demo users of every role and of the other areas. */
    private static final List<String> DEMO_VIEWERS = List.of("referrer", "triage", "socialworker", "investigator",
            "analyst", "manager", "auditor", "admin", "referrer.oldham", "triage.oldham", "investigator.rotherham",
            "manager.oldham", "manager.rotherham");

    /**
     * A person planted for the test: the name to look for, the single reads of their records, and the ids of those
     * records, one of which a logged read names.
     */
    record Person(String what, String name, List<String> singleReads, List<String> recordIds) {
    }

    private record Viewer(String username, String token, MockHttpSession session) {
    }

    @Autowired
    HistoricReviews reviews;

    @Test
    void everyListNamesOnlyThePeopleTheViewerMayReadAndLogsThoseItNames() throws Exception {
        List<Person> people = plantPeople();
        List<Viewer> viewers = new ArrayList<>();
        for (String username : DEMO_VIEWERS) {
            viewers.add(new Viewer(username, tokenFor(username), signIn(username)));
        }
        for (String outside : List.of(OutsideManagers.schoolManager(this), OutsideManagers.healthManager(this))) {
            viewers.add(new Viewer(outside, tokenFor(outside, STRONG_PASSWORD), signIn(outside, STRONG_PASSWORD)));
        }
        List<String> lists = lists(people);
        assertThat(lists).as("the lists that name people are among those tried").contains("/api/v1/cases",
                "/cases", "/api/v1/triage/queue", "/triage", "/api/v1/networks", "/networks",
                "/api/v1/historic-reviews", "/historic-reviews", "/api/v1/intelligence", "/intelligence",
                "/api/v1/resolution/review-queue?kind=PERSON", "/resolution/review?kind=PERSON");

        Map<String, Integer> namedBy = new LinkedHashMap<>();
        // Every leak and every unlogged list is collected, so that one run names them all.
        List<String> problems = new ArrayList<>();
        for (Viewer viewer : viewers) {
            List<Person> readable = new ArrayList<>();
            for (Person person : people) {
                if (mayRead(viewer, person)) {
                    readable.add(person);
                }
            }
            for (String list : lists) {
                long before = ledger.latest(1).get(0).id();
                String body = show(viewer, list).getContentAsString();
                for (Person person : people) {
                    if (!body.contains(person.name())) {
                        continue;
                    }
                    if (!readable.contains(person)) {
                        problems.add(viewer.username() + " sees " + person.what() + " named in " + list
                                + ", though every single read of their records refuses them");
                    }
                    if (readsLoggedSince(before, viewer.username()).stream().noneMatch(entry -> person.recordIds()
                            .stream().anyMatch(id -> entry.subjectId().contains(id) || entry.payload().contains(id)))) {
                        problems.add(viewer.username() + "'s view of " + list + " names " + person.what()
                                + " and logs no read of their records");
                    }
                    namedBy.merge(person.what(), 1, Integer::sum);
                }
            }
        }
        assertThat(problems).as("lists that name people they should not, or without logging it").isEmpty();
        // Each person is named somewhere, so a list that hid everyone from everyone would not pass.
        assertThat(namedBy.keySet()).containsExactlyInAnyOrderElementsOf(people.stream().map(Person::what).toList());
    }

    /**
     * A list decides its rows by the rule a single read applies, grants included: once a school's manager takes
     * break-glass access to a case, the case list shows it to them and logs it, and shows them no other case.
     */
    @Test
    void aCaseOpenedToAnOutsideManagerByBreakGlassJoinsTheirCaseListAndItsShowingIsLogged() throws Exception {
        WorkedCase opened = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Gwen"), "Glasscase");
        WorkedCase other = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Hana"), "Glasscase");
        String outsider = OutsideManagers.schoolManager(this);
        String token = tokenFor(outsider, STRONG_PASSWORD);
        assertThat(caseList(token)).as("before break-glass").doesNotContain(opened.firstName, other.firstName);

        mvc.perform(post("/api/v1/break-glass").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of(
                                "recordType", "CASE", "recordId", opened.caseId.value().toString(),
                                "reason", "The child is missing tonight and the school holds her timetable"))))
                .andExpect(status().isCreated());
        long before = ledger.latest(1).get(0).id();
        String after = caseList(token);

        assertThat(after).contains(opened.firstName).doesNotContain(other.firstName);
        assertThat(readsLoggedSince(before, outsider)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("LIST_READ");
            assertThat(entry.subjectId()).isEqualTo("CASES");
            assertThat(json(entry.payload()).get("records").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("CASE/" + opened.caseId.value());
        });
    }

    private String caseList(String token) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/cases").header("Authorization", bearer(token)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** A child with an open case, a child in the front-door queue, a child under historic review, and a suspect. */
    private List<Person> plantPeople() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Lexie"), "Listcase");
        String caseChild = worked.childId.value().toString();
        String caseId = worked.caseId.value().toString();
        String caseReferral = worked.referralId.value().toString();

        String queuedName = unique("Tamsin");
        ReferredChild queued = ReferredChild.referredBy(this, "referrer", queuedName, true);

        String reviewedName = unique("Rhea");
        ClosedReferralNearANetwork closed = new ClosedReferralNearANetwork(this, reviews, reviewedName,
                registration());
        closed.laterReportNamingTheSuspect();
        String reviewId = ReviewQueue.queuedReviewOf(this, closed.referralId).get("id").asString();

        SmallNetwork network = new SmallNetwork(this);
        JsonNode suspect = network.dossierSeenBy("analyst", network.suspectOne).get("members").valueStream()
                .filter(member -> member.get("id").asString().equals(network.suspectOne)).findFirst().orElseThrow();
        String suspectName = suspect.get("label").asString().split(" ")[0];
        String suspectId = network.suspectOne.substring("person:".length());

        return List.of(
                new Person("the child with an open case", worked.firstName, List.of("/api/v1/cases/" + caseId,
                        "/api/v1/children/" + caseChild, "/api/v1/referrals/" + caseReferral),
                        List.of(caseId, caseChild, caseReferral)),
                new Person("the child in the front-door queue", queuedName, List.of(
                        "/api/v1/referrals/" + queued.referralId(), "/api/v1/children/" + queued.childId()),
                        List.of(queued.referralId(), queued.childId())),
                new Person("the child under historic review", reviewedName, List.of(
                        "/api/v1/historic-reviews/" + reviewId, "/api/v1/referrals/" + closed.referralId,
                        "/api/v1/children/" + closed.childId), List.of(reviewId, closed.referralId, closed.childId)),
                new Person("the suspect in a network", suspectName, List.of(
                        "/api/v1/subjects/" + network.suspectOne + "/neighbourhood"), List.of(suspectId)));
    }

    /**
     * Every list: each mapped GET that takes no record id, with the query the access matrix tries it with, and the
     * name searches for each planted person.
     */
    private List<String> lists(List<Person> people) {
        List<String> lists = new ArrayList<>();
        for (MappedOperations.Operation operation : MappedOperations.of(applicationContext).operations()) {
            if (operation.method() == HttpMethod.GET && !operation.hasPathVariables()) {
                AccessMatrixIT.endpoints().stream()
                        .filter(endpoint -> operation.matches(endpoint.method(), endpoint.path()))
                        .map(AccessMatrixIT.Endpoint::path).forEach(lists::add);
            }
        }
        for (Person person : people) {
            for (String kind : List.of("CHILD", "PERSON")) {
                lists.add("/api/v1/resolution/records?kind=" + kind + "&name=" + person.name());
            }
        }
        // The people search, by the surnames this test alone gives (its first names end in hex digits, no name).
        for (String search : List.of("/api/v1/search?q=", "/search?q=")) {
            lists.add(search + "Listcase");
            lists.add(search + "Tamsin%20Testchild");
        }
        return lists;
    }

    /** Whether any single read of the person's records answers the viewer; each read is logged as usual. */
    private boolean mayRead(Viewer viewer, Person person) throws Exception {
        boolean readable = false;
        for (String path : person.singleReads()) {
            int status = mvc.perform(get(path).header("Authorization", bearer(viewer.token()))).andReturn()
                    .getResponse().getStatus();
            // A subject outside the evidence the viewer may see is not found for them, rather than refused.
            assertThat(status).as("%s reading %s", viewer.username(), path).isIn(200, 403, 404);
            readable |= status == 200;
        }
        return readable;
    }

    /** A registration no other test uses, so that the review links this test's child alone. */
    private static String registration() {
        String letters = "ABCDEFGHJKLMNPRSTUVWXY";
        java.util.Random random = new java.util.Random();
        StringBuilder plate = new StringBuilder("L");
        plate.append(letters.charAt(random.nextInt(letters.length()))).append(10 + random.nextInt(89)).append(' ');
        for (int i = 0; i < 3; i++) {
            plate.append(letters.charAt(random.nextInt(letters.length())));
        }
        return plate.toString();
    }

    private MockHttpServletResponse show(Viewer viewer, String path) throws Exception {
        return path.startsWith("/api/")
                ? mvc.perform(get(path).header("Authorization", bearer(viewer.token()))).andReturn().getResponse()
                : mvc.perform(get(path).session(viewer.session())).andReturn().getResponse();
    }

    private List<LedgerEntryView> readsLoggedSince(long entryId, String username) {
        return ledger.latest(200).stream().filter(entry -> entry.id() > entryId)
                .filter(entry -> entry.actor().equals(username)).toList();
    }
}
