package uk.lantern.network.internal;

import java.time.LocalDate;
import java.util.List;

/** What the network API and pages show: plain data, with every link's evidence and every area's name. */
public final class NetworkViews {

    private NetworkViews() {
    }

    /**
     * One network dossier in a list.
     *
     * @param centralSuspects the names of its most central suspects, at most {@code NetworkViewMapper.NAMED_IN_LIST},
     *                        so that a reader can tell the networks apart
     */
    public record NetworkSummary(String id, int memberCount, int suspectCount, int childCount, LocalDate firstSeen,
                                 LocalDate lastSeen, List<AreaName> areas, List<String> centralSuspects) {
    }

    /** A network dossier in full: nothing is cut to a size. */
    public record Dossier(String id, int memberCount, int suspectCount, int childCount, int networkSize,
                          LocalDate firstSeen, LocalDate lastSeen, List<AreaName> areas,
                          List<NetworkSubjectView> members, List<NetworkSubjectView> children,
                          List<NetworkLinkView> links) {
    }

    /**
     * A subject: a resolved person, a child, a vehicle, a phone, a location or an organisation.
     *
     * @param id the node id, {@code person:…} with the person's resolved identity, or the subject's own id
     * @param suspectEvidence the reports naming the person as a suspect that the viewer may see
     * @param degree how many subjects it is linked to; absent outside a dossier
     */
    public record NetworkSubjectView(String id, String type, String label, boolean suspect, List<AreaName> areas,
                              List<EvidenceView> suspectEvidence, Integer degree, Double betweenness,
                              Double pageRank) {
    }

    /** A link and every piece of evidence for it. */
    public record NetworkLinkView(String from, String to, String type, String description, LocalDate firstSeen,
                           LocalDate lastSeen, List<String> gradings, List<EvidenceView> evidence) {
    }

    /**
     * One record's support for a link.
     *
     * @param record the record, {@code intel_report:…}, {@code missing_episode:…} or {@code return_interview:…}
     * @param label the record as a reader knows it, for example {@code INT-2026-000042}
     * @param grading the report's grade as written, for example {@code 2B P}; absent for what a child said
     */
    public record EvidenceView(String record, String label, LocalDate firstSeen, LocalDate lastSeen,
                               String grading) {
    }

    public record AreaName(String code, String name) {
    }

    /** The subjects within some hops of one subject, and the links among them. */
    public record NeighbourhoodView(String centre, int hops, List<NetworkSubjectView> subjects,
                                    List<NetworkLinkView> links) {
    }

    /**
     * The shortest chain of links between two subjects, hop by hop with the evidence for each.
     *
     * @param connected whether any chain joins them in what the viewer may see
     */
    public record PathView(String from, String to, boolean connected, List<HopView> hops) {
    }

    public record HopView(String from, String fromLabel, String to, String toLabel, List<NetworkLinkView> links) {
    }
}
