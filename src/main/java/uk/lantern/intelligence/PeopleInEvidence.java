package uk.lantern.intelligence;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.lantern.identity.Actor;

/**
 * The people intelligence connects to a vehicle or a phone, and the adults it names, as far as an actor may see the
 * evidence in full: a report the handling rules show them whole, or what a child said in a missing episode or return
 * interview in an area they work in. Search asks it, so that finding a person never shows a link the actor may not
 * see (docs/intelligence.md).
 */
public interface PeopleInEvidence {

    /**
     * The children's ({@link SubjectType#CHILD}) and adults' ({@link SubjectType#PERSON}) records that such evidence
     * links to the vehicle or phone: named in the same report, joined by a link a report states, or linked by what a
     * child said.
     *
     * @param type {@link SubjectType#VEHICLE} or {@link SubjectType#PHONE}
     * @param written the registration mark or number as written; normalised here as a subject's key is
     * @return empty when nothing the actor may see links anyone to it, or when the text cannot be one
     */
    List<SubjectRef> peopleLinkedTo(Actor actor, SubjectType type, String written);

    /** Those of the adults' records given that such evidence names. */
    Set<UUID> adultsNamedInEvidenceSeenBy(Actor actor, Collection<UUID> persons);
}
