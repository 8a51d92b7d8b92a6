package uk.lantern.network;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.PageLinks;
import uk.lantern.support.SmallNetwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Networks through the API and pages, on a {@link SmallNetwork}: three suspects, two children, a car and a phone, the
 * third suspect named only in a report restricted to the recording force.
 */
class NetworkIT extends IntegrationTestBase {

    private SmallNetwork group;
    private String childOne;
    private String childTwo;
    private String suspectOne;
    private String suspectTwo;
    private String suspectThree;
    private String sharedReference;
    private String today;

    @BeforeEach
    void aGroupOfThreeSuspectsAndTwoChildren() throws Exception {
        group = new SmallNetwork(this);
        today = group.today;
        childOne = group.childOne;
        childTwo = group.childTwo;
        suspectOne = group.suspectOne;
        suspectTwo = group.suspectTwo;
        suspectThree = group.suspectThree;
        sharedReference = group.sharedReference;
    }

    @Test
    void investigatorsAndAnalystsOfTheForceSeeTheWholeGroupWithEveryLinksEvidence() throws Exception {
        for (String user : List.of("investigator", "analyst")) {
            JsonNode dossier = dossierContaining(user, suspectOne);
            assertThat(ids(dossier.get("members"))).contains(suspectOne, suspectTwo, suspectThree);
            assertThat(ids(dossier.get("children"))).containsExactlyInAnyOrder(childOne, childTwo);
            assertThat(dossier.get("suspectCount").asInt()).isEqualTo(3);
            assertThat(dossier.get("areas").valueStream().map(area -> area.get("name").asString()))
                    .contains("Rochdale", "Rotherham");
            assertThat(dossier.get("firstSeen").asString()).isEqualTo(today);
            JsonNode withCar = dossier.get("links").valueStream()
                    .filter(link -> link.get("from").asString().equals(suspectTwo)
                            || link.get("to").asString().equals(suspectTwo))
                    .filter(link -> link.get("from").asString().startsWith("vehicle:")
                            || link.get("to").asString().startsWith("vehicle:"))
                    .findFirst().orElseThrow();
            assertThat(withCar.get("evidence").get(0).get("label").asString()).isEqualTo(sharedReference);
            assertThat(withCar.get("evidence").get(0).get("grading").asString()).isEqualTo("2B P");
            assertThat(lastEntry("NETWORK", dossier.get("id").asString(), "RECORD_READ").actor()).isEqualTo(user);
        }
    }

    @Test
    void anotherForceSeesOnlyTheShareableReportsAndNeverTheRestrictedSuspect() throws Exception {
        JsonNode dossier = dossierContaining("investigator.rotherham", suspectOne);
        assertThat(ids(dossier.get("members"))).contains(suspectOne, suspectTwo).doesNotContain(suspectThree);
        assertThat(dossier.get("links").valueStream().flatMap(link -> link.get("evidence").valueStream())
                .map(item -> item.get("grading").asString())).doesNotContain("1A C");
        perform("investigator.rotherham", get("/api/v1/subjects/" + suspectThree + "/neighbourhood"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListNamesEachNetworksMostCentralSuspectsThatTheViewerMaySee() throws Exception {
        JsonNode full = dossierContaining("investigator", suspectOne);
        List<String> suspectsMostCentralFirst = full.get("members").valueStream()
                .filter(member -> member.get("suspect").asBoolean()).map(member -> member.get("label").asString())
                .toList();
        JsonNode listed = body("investigator", get("/api/v1/networks")).valueStream()
                .filter(network -> network.get("id").asString().equals(full.get("id").asString()))
                .findFirst().orElseThrow();
        assertThat(listed.get("centralSuspects").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(suspectsMostCentralFirst.subList(0, Math.min(3, suspectsMostCentralFirst.size())));

        String restrictedName = full.get("members").valueStream()
                .filter(member -> member.get("id").asString().equals(suspectThree))
                .map(member -> member.get("label").asString()).findFirst().orElseThrow();
        assertThat(body("investigator.rotherham", get("/api/v1/networks")).valueStream()
                .flatMap(network -> network.get("centralSuspects").valueStream()).map(JsonNode::asString))
                .as("a suspect named only under handling code C is never listed for another force")
                .doesNotContain(restrictedName);
    }

    @Test
    void aNeighbourhoodGrowsHopByHop() throws Exception {
        JsonNode oneHop = body("investigator", get("/api/v1/subjects/" + suspectTwo + "/neighbourhood?hops=1"));
        assertThat(ids(oneHop.get("subjects"))).contains(suspectOne, childOne).doesNotContain(childTwo);
        JsonNode twoHops = body("investigator", get("/api/v1/subjects/" + suspectTwo + "/neighbourhood"));
        assertThat(twoHops.get("hops").asInt()).isEqualTo(2);
        assertThat(ids(twoHops.get("subjects"))).contains(childTwo, suspectThree);
        assertThat(lastEntry("SUBJECT", suspectTwo, "RECORD_READ").actor()).isEqualTo("investigator");
        assertThat(perform("investigator", get("/api/v1/subjects/" + suspectTwo + "/neighbourhood?hops=9"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).contains("hops");
    }

    @Test
    void theShortestPathShowsTheEvidenceForEachHop() throws Exception {
        JsonNode path = body("analyst", get("/api/v1/paths?from=" + suspectTwo + "&to=" + childTwo));
        assertThat(path.get("connected").asBoolean()).isTrue();
        List<JsonNode> hops = path.get("hops").valueStream().toList();
        assertThat(hops).hasSize(2);
        assertThat(hops.get(0).get("from").asString()).isEqualTo(suspectTwo);
        assertThat(hops.get(0).get("to").asString()).isEqualTo(suspectOne);
        assertThat(hops.get(1).get("to").asString()).isEqualTo(childTwo);
        assertThat(hops).allSatisfy(hop -> assertThat(hop.get("links").get(0).get("evidence")).isNotEmpty());
        perform("analyst", get("/api/v1/paths?from=" + suspectTwo + "&to=person:" + java.util.UUID.randomUUID()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDossierPagesExportLinksDownloadWithTheSessionAndAreRecorded() throws Exception {
        String id = dossierContaining("investigator", suspectOne).get("id").asString();
        var session = signIn("investigator");
        String page = mvc.perform(get("/networks/" + id).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        List<String> links = PageLinks.containing(page, "/export");
        assertThat(links).hasSize(3).allSatisfy(link -> assertThat(link).startsWith("/networks/" + id + "/export?"));
        for (String link : links) {
            var download = mvc.perform(get(link).session(session)).andExpect(status().isOk()).andReturn()
                    .getResponse();
            assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
            assertThat(lastEntry("NETWORK", id, "NETWORK_EXPORTED").actor()).isEqualTo("investigator");
            String fromApi = perform("investigator", get("/api/v1" + link)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(download.getContentAsString()).isNotBlank().isEqualTo(fromApi);
        }
    }

    @Test
    void filtersByDateAndGradingNarrowTheDossier() throws Exception {
        String id = dossierContaining("investigator", suspectOne).get("id").asString();
        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        assertThat(ids(body("investigator", get("/api/v1/networks?to=" + yesterday))))
                .doesNotContain(id);
        perform("investigator", get("/api/v1/networks/" + id + "?to=" + yesterday)).andExpect(status().isNotFound());

        JsonNode onlyA = body("investigator", get("/api/v1/networks/" + id + "?intelligence=A"));
        assertThat(ids(onlyA.get("members"))).contains(suspectThree).doesNotContain(suspectTwo);
        assertThat(onlyA.get("id").asString()).as("a narrowed dossier keeps its id").isEqualTo(id);

        String problem = perform("investigator", get("/api/v1/networks?from=yesterday&source=7"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("from", "YYYY-MM-DD", "source", "1, 2 or 3");
    }

    @Test
    void theGraphMlExportLoadsBackIntoJGraphTWithTheSameSubjectsAndLinks() throws Exception {
        JsonNode dossier = dossierContaining("analyst", suspectOne);
        String id = dossier.get("id").asString();
        String graphMl = perform("analyst", get("/api/v1/networks/" + id + "/export?format=graphml"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Graph<String, DefaultEdge> loaded = GraphTypeBuilder.<String, DefaultEdge>undirected()
                .allowingMultipleEdges(true).allowingSelfLoops(false)
                .edgeSupplier(SupplierUtil.createDefaultEdgeSupplier()).buildGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(vertex -> vertex);
        importer.importGraph(loaded, new StringReader(graphMl));

        assertThat(loaded.vertexSet()).hasSize(dossier.get("members").size() + dossier.get("children").size());
        assertThat(loaded.edgeSet()).hasSize(dossier.get("links").size());
        assertThat(loaded.vertexSet()).contains(suspectOne, childTwo);
        assertThat(lastEntry("NETWORK", id, "NETWORK_EXPORTED").payload()).contains("\"format\":\"GRAPHML\"");
    }

    @Test
    void theI2FilesHaveOneRowPerSubjectAndPerLink() throws Exception {
        JsonNode dossier = dossierContaining("investigator", suspectOne);
        String id = dossier.get("id").asString();
        String entities = perform("investigator", get("/api/v1/networks/" + id + "/export?format=i2-entities"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String links = perform("investigator", get("/api/v1/networks/" + id + "/export?format=i2-links"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(entities.lines().count() - 1)
                .isEqualTo(dossier.get("members").size() + dossier.get("children").size());
        assertThat(links.lines().count() - 1).isEqualTo(dossier.get("links").size());
        assertThat(entities.lines().findFirst().orElseThrow())
                .isEqualTo(String.join(",", GraphExports.I2_ENTITY_COLUMNS));
        perform("investigator", get("/api/v1/networks/" + id + "/export?format=pdf"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theNetworkPagesShowTheChartDataAndTheEvidence() throws Exception {
        String id = dossierContaining("analyst", suspectOne).get("id").asString();
        var analyst = signIn("analyst");
        assertThat(mvc.perform(get("/networks").session(analyst)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains(id);
        String page = mvc.perform(get("/networks/" + id).session(analyst)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("data-elements=", suspectOne, sharedReference, "graded 2B P",
                "export?format=graphml", "cytoscape.min.js");
        assertThat(mvc.perform(get("/networks/" + id).param("from", "last week").session(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("govuk-error-summary", "href=\"#from\"", "Enter the date as YYYY-MM-DD");
    }

    @Test
    void everyoneWithoutNetworkAnalysisIsRefusedEveryEndpointAndPage() throws Exception {
        String id = dossierContaining("investigator", suspectOne).get("id").asString();
        List<String> paths = List.of("/api/v1/networks", "/api/v1/networks/" + id,
                "/api/v1/networks/" + id + "/export?format=graphml", "/api/v1/subjects/" + suspectOne
                        + "/neighbourhood", "/api/v1/paths?from=" + suspectOne + "&to=" + childOne);
        for (String user : List.of("referrer", "triage", "socialworker", "manager", "auditor", "admin")) {
            for (String path : paths) {
                perform(user, get(path)).andExpect(status().isForbidden());
            }
            var session = signIn(user);
            mvc.perform(get("/networks").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/networks/" + id).session(session)).andExpect(status().isForbidden());
        }
    }

    private JsonNode dossierContaining(String user, String subject) throws Exception {
        return group.dossierSeenBy(user, subject);
    }

    private static List<String> ids(JsonNode subjects) {
        List<String> ids = new ArrayList<>();
        subjects.forEach(subject -> ids.add(subject.get("id").asString()));
        return ids;
    }

    private JsonNode body(String user, MockHttpServletRequestBuilder request) throws Exception {
        return json(perform(user, request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private org.springframework.test.web.servlet.ResultActions perform(String user,
            MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", bearer(tokenFor(user))));
    }
}
