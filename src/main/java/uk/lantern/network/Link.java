package uk.lantern.network;

import java.util.List;

import uk.lantern.intelligence.LinkType;

/**
 * A link between two subjects, with every piece of evidence for it. All the evidence for one pair of subjects and one
 * link type makes one link; the order of the two subjects is the order they were first given in, and carries no
 * meaning for the analyses.
 */
public record Link(SubjectId from, SubjectId to, LinkType type, List<Evidence> evidence) {

    public Link {
        if (from == null || to == null || type == null) {
            throw new IllegalArgumentException("link: both subjects and the link type are required");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("link " + type + ": a subject cannot be linked to itself (" + from + ")");
        }
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("link " + from + " " + type + " " + to + ": needs evidence");
        }
    }

    /** When the link was first and last seen, from its evidence. */
    public DateSpan seen() {
        return DateSpan.of(evidence).orElseThrow();
    }

    public boolean touches(SubjectId subject) {
        return from.equals(subject) || to.equals(subject);
    }

    /** The subject at the other end from the one given. */
    public SubjectId other(SubjectId end) {
        if (!touches(end)) {
            throw new IllegalArgumentException(end + " is not an end of " + this);
        }
        return from.equals(end) ? to : from;
    }

    /** The distinct grades of its evidence, as written, in the order first met; ungraded records give none. */
    public List<String> gradings() {
        return evidence.stream().map(item -> item.grading().code()).filter(code -> !code.isEmpty()).distinct().toList();
    }

    Link withEvidence(List<Evidence> visible) {
        return visible.size() == evidence.size() ? this : new Link(from, to, type, visible);
    }

    @Override
    public String toString() {
        return from + " " + type + " " + to + " (" + evidence.size() + " evidence)";
    }
}
