package uk.lantern.network.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.lantern.area.Area;
import uk.lantern.area.Areas;
import uk.lantern.network.DateSpan;
import uk.lantern.network.DossierMember;
import uk.lantern.network.Evidence;
import uk.lantern.network.Hop;
import uk.lantern.network.Link;
import uk.lantern.network.Neighbourhood;
import uk.lantern.network.NetworkDossier;
import uk.lantern.network.Subject;
import uk.lantern.network.SubjectId;
import uk.lantern.network.SubjectPath;
import uk.lantern.network.internal.NetworkViews.AreaName;
import uk.lantern.network.internal.NetworkViews.Dossier;
import uk.lantern.network.internal.NetworkViews.EvidenceView;
import uk.lantern.network.internal.NetworkViews.HopView;
import uk.lantern.network.internal.NetworkViews.NeighbourhoodView;
import uk.lantern.network.internal.NetworkViews.NetworkLinkView;
import uk.lantern.network.internal.NetworkViews.NetworkSubjectView;
import uk.lantern.network.internal.NetworkViews.NetworkSummary;
import uk.lantern.network.internal.NetworkViews.PathView;

/** Turns the analyses into the views the API and pages show, naming every area and every source record. */
@Component
class NetworkViewMapper {

    /** How many suspects a list of networks names for each, the most central first. */
    static final int NAMED_IN_LIST = 3;

    private final Areas areas;

    NetworkViewMapper(Areas areas) {
        this.areas = areas;
    }

    NetworkSummary summary(NetworkDossier dossier) {
        List<String> centralSuspects = namedInList(dossier).stream().map(Subject::label).toList();
        return new NetworkSummary(dossier.id().value(), dossier.members().size(), dossier.suspectCount(),
                dossier.children().size(), dossier.seen().first(), dossier.seen().last(), areaNames(dossier.areas()),
                centralSuspects);
    }

    /** The suspects a list of networks names for the dossier, the most central first. */
    static List<Subject> namedInList(NetworkDossier dossier) {
        return dossier.members().stream().map(DossierMember::subject).filter(Subject::isSuspect)
                .limit(NAMED_IN_LIST).toList();
    }

    Dossier dossier(NetworkDossier dossier, LoadedNetwork network) {
        return new Dossier(dossier.id().value(), dossier.members().size(), dossier.suspectCount(),
                dossier.children().size(), dossier.networkSize(), dossier.seen().first(), dossier.seen().last(),
                areaNames(dossier.areas()), members(dossier.members(), network), members(dossier.children(), network),
                links(dossier.links(), network));
    }

    NeighbourhoodView neighbourhood(Neighbourhood neighbourhood, LoadedNetwork network) {
        return new NeighbourhoodView(neighbourhood.centre().value(), neighbourhood.hops(),
                neighbourhood.subjects().stream().map(subject -> subject(subject, null, network)).toList(),
                links(neighbourhood.links(), network));
    }

    PathView path(SubjectId from, SubjectId to, SubjectPath path, LoadedNetwork network) {
        if (path == null) {
            return new PathView(from.value(), to.value(), false, List.of());
        }
        List<HopView> hops = new ArrayList<>();
        for (Hop hop : path.hops()) {
            hops.add(new HopView(hop.from().value(), labelOf(hop.from(), network), hop.to().value(),
                    labelOf(hop.to(), network), links(hop.links(), network)));
        }
        return new PathView(from.value(), to.value(), true, hops);
    }

    private List<NetworkSubjectView> members(List<DossierMember> members, LoadedNetwork network) {
        return members.stream().map(member -> subject(member.subject(), member, network)).toList();
    }

    private NetworkSubjectView subject(Subject subject, DossierMember scores, LoadedNetwork network) {
        return new NetworkSubjectView(subject.id().value(), subject.type().code(), subject.label(), subject.isSuspect(),
                areaNames(subject.areas()), evidence(subject.namedAsSuspect(), network),
                scores == null ? null : scores.degree(), scores == null ? null : scores.betweenness(),
                scores == null ? null : scores.pageRank());
    }

    private List<NetworkLinkView> links(List<Link> links, LoadedNetwork network) {
        return links.stream().map(link -> new NetworkLinkView(link.from().value(), link.to().value(),
                link.type().name(), link.type().label(), link.seen().first(), link.seen().last(), link.gradings(),
                evidence(link.evidence(), network))).toList();
    }

    private static List<EvidenceView> evidence(List<Evidence> evidence, LoadedNetwork network) {
        return evidence.stream().map(item -> {
            DateSpan seen = item.seen();
            String grading = item.grading().code();
            return new EvidenceView(item.record().toString(), network.labelOf(item.record()), seen.first(),
                    seen.last(), grading.isEmpty() ? null : grading);
        }).toList();
    }

    private static String labelOf(SubjectId id, LoadedNetwork network) {
        return network.graph().subject(id).map(Subject::label).orElse(id.value());
    }

    private List<AreaName> areaNames(Collection<String> codes) {
        return codes.stream().map(code -> new AreaName(code, areas.find(code).map(Area::name).orElse(code)))
                .toList();
    }
}
