package uk.lantern.network;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.network.Intelligence.missingEpisode;
import static uk.lantern.network.Intelligence.report;

import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.LinkType;

class GraphExportsTest {

    private static final SubjectId ADAM = SubjectId.of("person:adam");
    private static final SubjectId CHLOE = SubjectId.of("child:chloe");
    private static final SubjectId CAR = SubjectId.of("vehicle:AB12CDE");

    /** A suspect with a car, seen twice with a child (one report legacy-graded) and named by her after a missing episode. */
    private static NetworkGraph aSuspectACarAndAChild() {
        return NetworkGraph.builder()
                .subject(ADAM, SubjectType.PERSON, "Adam \"Ad\" Smith", Set.of("E08000005"))
                .subject(CHLOE, SubjectType.CHILD, "Chloe", Set.of("E08000005", "E08000004"))
                .subject(CAR, SubjectType.VEHICLE, "AB12 CDE", Set.of())
                .suspect(ADAM, report("7", "2023-11-02", "2B P"))
                .link(ADAM, CHLOE, LinkType.SEEN_WITH, report("1", "2024-01-05", "1A C"))
                .link(ADAM, CHLOE, LinkType.SEEN_WITH, report("2", "2024-03-09", "B2 4"))
                .link(ADAM, CHLOE, LinkType.MENTIONED_BY_CHILD, missingEpisode("m1", "2024-02-01", "2024-02-03"))
                .link(ADAM, CAR, LinkType.USES_VEHICLE, report("3", "2022-07-30"))
                .build();
    }

    @Test
    void graphMlLoadsBackIntoJGraphTWithEverySubjectLinkAndAttribute() {
        StringWriter out = new StringWriter();
        GraphExports.graphMl(aSuspectACarAndAChild(), out);

        Graph<String, DefaultEdge> loaded = GraphTypeBuilder.<String, DefaultEdge>undirected()
                .allowingMultipleEdges(true).allowingSelfLoops(false)
                .edgeSupplier(SupplierUtil.createDefaultEdgeSupplier()).buildGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> subjectAttributes = new HashMap<>();
        importer.addVertexAttributeConsumer((key, value) -> subjectAttributes
                .computeIfAbsent(key.getFirst(), id -> new HashMap<>()).put(key.getSecond(), value.getValue()));
        Map<DefaultEdge, Map<String, String>> linkAttributes = new HashMap<>();
        importer.addEdgeAttributeConsumer((key, value) -> linkAttributes
                .computeIfAbsent(key.getFirst(), edge -> new HashMap<>()).put(key.getSecond(), value.getValue()));
        importer.importGraph(loaded, new StringReader(out.toString()));

        assertThat(loaded.vertexSet()).containsExactlyInAnyOrder("person:adam", "child:chloe", "vehicle:AB12CDE");
        assertThat(loaded.edgeSet()).hasSize(3);
        assertThat(loaded.getAllEdges("person:adam", "child:chloe")).hasSize(2);
        assertThat(subjectAttributes.get("person:adam")).containsEntry("type", "Person")
                .containsEntry("label", "Adam \"Ad\" Smith").containsEntry("suspect", "true")
                .containsEntry("first_seen", "2022-07-30").containsEntry("last_seen", "2024-03-09");
        assertThat(subjectAttributes.get("child:chloe")).containsEntry("areas", "E08000004; E08000005");
        assertThat(linkAttributes.values()).anySatisfy(link -> assertThat(link)
                .containsEntry("link_type", "seen with").containsEntry("evidence_count", "2")
                .containsEntry("first_seen", "2024-01-05").containsEntry("last_seen", "2024-03-09")
                .containsEntry("gradings", "1A C; B2 4").containsEntry("sources", "intel_report:1; intel_report:2"));
    }

    @Test
    void i2EntityFileHasOneRowPerSubjectUnderTheDocumentedColumns() throws IOException {
        StringWriter out = new StringWriter();
        GraphExports.i2Entities(aSuspectACarAndAChild(), out);

        List<CSVRecord> rows = parse(out.toString());

        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("Entity ID", "Entity Type", "Label",
                "Suspect", "Areas", "First Seen", "Last Seen");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toMap()).containsEntry("Entity ID", "person:adam").containsEntry("Entity Type", "Person")
                .containsEntry("Label", "Adam \"Ad\" Smith").containsEntry("Suspect", "Yes")
                .containsEntry("First Seen", "2022-07-30");
        assertThat(rows.get(1).get("Entity Type")).isEqualTo("Child");
        assertThat(rows.get(2).get("Suspect")).isEqualTo("No");
    }

    @Test
    void i2LinkFileNamesBothEntitiesAndCarriesDatesGradingAndSources() throws IOException {
        StringWriter out = new StringWriter();
        GraphExports.i2Links(aSuspectACarAndAChild(), out);

        List<CSVRecord> rows = parse(out.toString());

        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(GraphExports.I2_LINK_COLUMNS)
                .containsExactly("Link ID", "From ID", "From Type", "To ID", "To Type", "Link Type", "First Date",
                        "Last Date", "Evidence Count", "Grading", "Source Records");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toMap()).containsEntry("From ID", "person:adam").containsEntry("To ID", "child:chloe")
                .containsEntry("From Type", "Person").containsEntry("To Type", "Child")
                .containsEntry("Link Type", "seen with").containsEntry("First Date", "2024-01-05")
                .containsEntry("Last Date", "2024-03-09").containsEntry("Evidence Count", "2")
                .containsEntry("Grading", "1A C; B2 4").containsEntry("Source Records", "intel_report:1; intel_report:2");
        assertThat(rows.get(1).toMap()).containsEntry("Link Type", "mentioned by child").containsEntry("Grading", "")
                .containsEntry("Last Date", "2024-02-03");
    }

    /** A person's name, an organisation and a place, as the security test wrote them. */
    @Test
    void i2FilesCannotCarryASpreadsheetFormula() throws IOException {
        SubjectId org = SubjectId.of("organisation:evil");
        SubjectId place = SubjectId.of("location:evil");
        NetworkGraph network = NetworkGraph.builder()
                .subject(ADAM, SubjectType.PERSON, "=HYPERLINK(\"http://evil.example\",\"Adam\")", Set.of())
                .subject(org, SubjectType.ORGANISATION, "-2+3+cmd|' /C calc'!A0", Set.of())
                .subject(place, SubjectType.LOCATION, "@SUM(1+1)", Set.of())
                .link(ADAM, org, LinkType.WORKS_FOR, report("=1+1", "2024-01-05", "1A C"))
                .link(ADAM, place, LinkType.PRESENT_AT, report("2", "2024-01-06"))
                .build();
        StringWriter entities = new StringWriter();
        GraphExports.i2Entities(network, entities);
        StringWriter links = new StringWriter();
        GraphExports.i2Links(network, links);

        assertThat(parse(entities.toString())).extracting(row -> row.get("Label")).containsExactlyInAnyOrder(
                "'=HYPERLINK(\"http://evil.example\",\"Adam\")", "'-2+3+cmd|' /C calc'!A0", "'@SUM(1+1)");
        for (CSVRecord row : parse(links.toString())) {
            row.toMap().values().forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("-")
                    .doesNotStartWith("+").doesNotStartWith("@"));
        }
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
