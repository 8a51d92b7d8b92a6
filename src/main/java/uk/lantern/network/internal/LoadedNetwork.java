package uk.lantern.network.internal;

import java.util.Map;
import java.util.Optional;

import uk.lantern.network.NetworkGraph;
import uk.lantern.network.SourceRecord;
import uk.lantern.network.SubjectId;

/**
 * The network one viewer may see, with what a reader needs beside it.
 *
 * @param sourceLabels each source record as a reader knows it, for example {@code INT-2026-000042}
 * @param nodeOfRecord the node each subject record ({@code person:…}, {@code vehicle:…}) belongs to
 */
record LoadedNetwork(NetworkGraph graph, Map<String, String> sourceLabels, Map<String, SubjectId> nodeOfRecord) {

    LoadedNetwork {
        sourceLabels = Map.copyOf(sourceLabels);
        nodeOfRecord = Map.copyOf(nodeOfRecord);
    }

    /** A subject by its node id or by the id of any of its records; empty when the viewer may not see it. */
    Optional<SubjectId> find(String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        SubjectId asNode = SubjectId.of(subject.strip());
        return graph.contains(asNode) ? Optional.of(asNode) : Optional.ofNullable(nodeOfRecord.get(subject.strip()));
    }

    String labelOf(SourceRecord record) {
        return sourceLabels.getOrDefault(record.toString(), record.toString());
    }
}
