package uk.lantern.network;

import java.util.List;

/** A shortest path between two subjects: the subjects along it, ends included, and the evidence for each hop. */
public record SubjectPath(List<SubjectId> subjects, List<Hop> hops) {

    public SubjectPath {
        subjects = List.copyOf(subjects);
        hops = List.copyOf(hops);
    }

    /** How many links the path crosses. */
    public int length() {
        return hops.size();
    }
}
