package uk.lantern.intelligence;

import java.util.List;

import uk.lantern.identity.Actor;

/**
 * The evidence network analysis is built from: every link between subjects (stated in a report, implied by two
 * subjects named in the same report, or said by a child in a missing episode or return interview) and every role a
 * report gave a subject.
 */
public interface IntelligenceEvidence {

    /**
     * The evidence the actor may see in full: reports under the handling rules, and what children said where the
     * actor's area covers the child's. Sanitised versions are for reading, not for analysis.
     */
    Evidence visibleTo(Actor actor);

    /** All evidence, for work the system does on no one's behalf (finding closed cases that new links touch). */
    Evidence all();

    /** Evidence and subject roles together. */
    record Evidence(List<EvidenceLink> links, List<ReportedSubject> roles) {

        public Evidence {
            links = List.copyOf(links);
            roles = List.copyOf(roles);
        }
    }
}
