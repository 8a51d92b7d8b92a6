package uk.lantern.network;

import java.util.List;

/**
 * The subjects within a number of hops of one subject, nearest first, and the links among them: every link from a
 * subject nearer than {@code hops} to one within {@code hops}. Links between two subjects on the rim are left out;
 * they belong to the next hop.
 */
public record Neighbourhood(SubjectId centre, int hops, List<Subject> subjects, List<Link> links) {

    public Neighbourhood {
        subjects = List.copyOf(subjects);
        links = List.copyOf(links);
    }

    /** The neighbourhood as a network of its own, to export or analyse. */
    public NetworkGraph graph() {
        return NetworkGraph.of(subjects, links);
    }
}
