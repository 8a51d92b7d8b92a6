package uk.lantern.network.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.lantern.identity.Actor;
import uk.lantern.intelligence.EvidenceLink;
import uk.lantern.intelligence.IntelligenceEvidence;
import uk.lantern.intelligence.ReportedSubject;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectRole;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.Subjects;
import uk.lantern.network.DateSpan;
import uk.lantern.network.Evidence;
import uk.lantern.network.Grading;
import uk.lantern.network.NetworkGraph;
import uk.lantern.network.SourceRecord;
import uk.lantern.network.SubjectId;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;

/**
 * Builds the network a viewer may see from the evidence the intelligence module lets them see. Every person's and
 * child's records are collapsed to their resolved identity, so one person recorded by three agencies is one node
 * whose label lists each way they were recorded. Links between two records of one identity fall away: entity
 * resolution has already said they are one person.
 */
@Component
class NetworkLoader {

    private final IntelligenceEvidence intelligence;
    private final Subjects subjects;
    private final Identities identities;

    NetworkLoader(IntelligenceEvidence intelligence, Subjects subjects, Identities identities) {
        this.intelligence = intelligence;
        this.subjects = subjects;
        this.identities = identities;
    }

    LoadedNetwork load(Actor viewer) {
        return build(intelligence.visibleTo(viewer));
    }

    /** Every link on record, for figures made on no one's behalf. */
    LoadedNetwork loadEverything() {
        return build(intelligence.all());
    }

    private LoadedNetwork build(IntelligenceEvidence.Evidence evidence) {
        Set<SubjectRef> refs = new LinkedHashSet<>();
        evidence.links().forEach(link -> {
            refs.add(link.from());
            refs.add(link.to());
        });
        evidence.roles().forEach(role -> refs.add(role.subject()));
        Map<SubjectRef, SubjectId> nodeOf = nodes(refs);
        Map<SubjectId, Set<String>> labels = new HashMap<>();
        Map<SubjectRef, String> labelOf = subjects.labels(refs);
        nodeOf.forEach((ref, node) -> labels.computeIfAbsent(node, key -> new TreeSet<>())
                .add(labelOf.getOrDefault(ref, ref.toString())));
        NetworkGraph.Builder graph = NetworkGraph.builder();
        nodeOf.forEach((ref, node) -> graph.subject(node, ref.type(), String.join(" / ", labels.get(node)),
                Set.of()));

        Map<String, String> sourceLabels = new HashMap<>();
        for (EvidenceLink link : evidence.links()) {
            SubjectRef from = link.from();
            SubjectRef to = link.to();
            graph.subject(nodeOf.get(from), from.type(), null, link.areaCodes());
            graph.subject(nodeOf.get(to), to.type(), null, link.areaCodes());
            if (nodeOf.get(from).equals(nodeOf.get(to))) {
                continue;
            }
            SourceRecord source = SourceRecord.parse(link.source());
            sourceLabels.put(source.toString(), link.sourceLabel());
            graph.link(nodeOf.get(from), nodeOf.get(to), link.type(), new Evidence(source,
                    new DateSpan(link.firstSeen(), link.lastSeen()), grading(link.grading())));
        }
        for (ReportedSubject role : evidence.roles()) {
            SubjectId node = nodeOf.get(role.subject());
            graph.subject(node, role.subject().type(), null, role.areaCodes());
            if (role.role() == SubjectRole.SUSPECT && isPerson(role.subject().type())) {
                SourceRecord report = new SourceRecord("intel_report", role.report().toString());
                sourceLabels.put(report.toString(), role.reference());
                graph.suspect(node, Evidence.on(report, role.informationDate(), grading(role.grading())));
            }
        }
        Map<String, SubjectId> byRecord = new HashMap<>();
        nodeOf.forEach((ref, node) -> byRecord.put(ref.toString(), node));
        return new LoadedNetwork(graph.build(), sourceLabels, byRecord);
    }

    /** Each subject's node: its resolved identity for a person or a child, itself for anything else. */
    private Map<SubjectRef, SubjectId> nodes(Collection<SubjectRef> refs) {
        Map<UUID, String> personIdentity = identities.identityOf(RecordKind.PERSON, idsOf(refs, SubjectType.PERSON));
        Map<UUID, String> childIdentity = identities.identityOf(RecordKind.CHILD, idsOf(refs, SubjectType.CHILD));
        Map<SubjectRef, SubjectId> nodes = new HashMap<>();
        for (SubjectRef ref : refs) {
            String identity = switch (ref.type()) {
                case PERSON -> personIdentity.get(ref.id());
                case CHILD -> childIdentity.get(ref.id());
                default -> ref.id().toString();
            };
            nodes.put(ref, SubjectId.of(ref.type().code() + ":" + identity));
        }
        return nodes;
    }

    private static List<UUID> idsOf(Collection<SubjectRef> refs, SubjectType type) {
        return refs.stream().filter(ref -> ref.type() == type).map(SubjectRef::id).toList();
    }

    private static Grading grading(uk.lantern.intelligence.Grading grading) {
        return grading == null ? Grading.ungraded() : Grading.parse(grading.code());
    }

    private static boolean isPerson(SubjectType type) {
        return type == SubjectType.PERSON || type == SubjectType.NAMED_PERSON;
    }
}
