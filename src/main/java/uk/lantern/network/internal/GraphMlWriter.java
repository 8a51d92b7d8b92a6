package uk.lantern.network.internal;

import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

import uk.lantern.network.DateSpan;
import uk.lantern.network.Link;
import uk.lantern.network.NetworkGraph;
import uk.lantern.network.Subject;
import uk.lantern.network.SubjectId;

/**
 * Writes a network as GraphML with JGraphT's exporter. Subjects and links are numbered by position, so the JGraphT
 * graph holds only integers and links between the same two subjects stay distinct edges.
 */
public final class GraphMlWriter {

    private GraphMlWriter() {
    }

    public static void write(NetworkGraph network, Writer out) {
        List<Subject> subjects = network.subjects();
        List<Link> links = network.links();
        Graph<Integer, Integer> graph = GraphTypeBuilder.<Integer, Integer>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(false).weighted(false).buildGraph();
        Map<SubjectId, Integer> positions = new HashMap<>();
        for (int v = 0; v < subjects.size(); v++) {
            graph.addVertex(v);
            positions.put(subjects.get(v).id(), v);
        }
        for (int k = 0; k < links.size(); k++) {
            graph.addEdge(positions.get(links.get(k).from()), positions.get(links.get(k).to()), k);
        }
        GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(v -> subjects.get(v).id().value());
        exporter.setEdgeIdProvider(k -> "link-" + k);
        for (String name : List.of("type", "label", "areas")) {
            exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.STRING);
        }
        // Attributes are registered by name alone, so dates that both nodes and edges carry are registered for all.
        for (String name : List.of("first_seen", "last_seen")) {
            exporter.registerAttribute(name, AttributeCategory.ALL, AttributeType.STRING);
        }
        exporter.registerAttribute("suspect", AttributeCategory.NODE, AttributeType.BOOLEAN);
        for (String name : List.of("link_type", "gradings", "sources")) {
            exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.STRING);
        }
        exporter.registerAttribute("evidence_count", AttributeCategory.EDGE, AttributeType.INT);
        exporter.setVertexAttributeProvider(v -> subjectAttributes(network, subjects.get(v)));
        exporter.setEdgeAttributeProvider(k -> linkAttributes(links.get(k)));
        exporter.exportGraph(graph, out);
    }

    private static Map<String, Attribute> subjectAttributes(NetworkGraph network, Subject subject) {
        Optional<DateSpan> seen = network.seen(subject.id());
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("type", DefaultAttribute.createAttribute(ExportFields.typeName(subject.type())));
        attributes.put("label", DefaultAttribute.createAttribute(subject.label()));
        attributes.put("suspect", DefaultAttribute.createAttribute(subject.isSuspect()));
        attributes.put("areas", DefaultAttribute.createAttribute(ExportFields.joined(subject.areas())));
        attributes.put("first_seen", DefaultAttribute.createAttribute(ExportFields.first(seen)));
        attributes.put("last_seen", DefaultAttribute.createAttribute(ExportFields.last(seen)));
        return attributes;
    }

    private static Map<String, Attribute> linkAttributes(Link link) {
        Optional<DateSpan> seen = Optional.of(link.seen());
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("link_type", DefaultAttribute.createAttribute(ExportFields.linkTypeName(link)));
        attributes.put("evidence_count", DefaultAttribute.createAttribute(link.evidence().size()));
        attributes.put("first_seen", DefaultAttribute.createAttribute(ExportFields.first(seen)));
        attributes.put("last_seen", DefaultAttribute.createAttribute(ExportFields.last(seen)));
        attributes.put("gradings", DefaultAttribute.createAttribute(ExportFields.gradings(link)));
        attributes.put("sources", DefaultAttribute.createAttribute(ExportFields.sources(link)));
        return attributes;
    }
}
