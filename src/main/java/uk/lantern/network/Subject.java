package uk.lantern.network;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;

import uk.lantern.intelligence.SubjectType;

/**
 * A node of the network: a resolved person, a child, a vehicle, a phone, a location or an organisation. A person is a
 * suspect while some evidence names them as one; keeping that evidence (rather than a bare flag) lets a filtered view
 * show a person as a suspect only to someone who may see why.
 *
 * @param areas the ONS codes of the areas the subject is known in
 * @param namedAsSuspect the evidence naming this person as a suspect; empty for everyone else
 */
public record Subject(SubjectId id, SubjectType type, String label, SortedSet<String> areas,
        List<Evidence> namedAsSuspect) {

    public Subject {
        if (id == null || type == null) {
            throw new IllegalArgumentException("subject: id and type are required");
        }
        label = label == null || label.isBlank() ? id.value() : label;
        areas = Collections.unmodifiableSortedSet(new TreeSet<>(areas == null ? Set.of() : areas));
        namedAsSuspect = List.copyOf(namedAsSuspect == null ? List.of() : namedAsSuspect);
        if (!namedAsSuspect.isEmpty() && type != SubjectType.PERSON && type != SubjectType.NAMED_PERSON) {
            throw new IllegalArgumentException("subject " + id + ": only a person can be named as a suspect, not a "
                    + type);
        }
    }

    public boolean isSuspect() {
        return !namedAsSuspect.isEmpty();
    }

    public boolean isChild() {
        return type == SubjectType.CHILD;
    }

    Subject withSuspectEvidence(List<Evidence> visible) {
        return visible.size() == namedAsSuspect.size() ? this : new Subject(id, type, label, areas, visible);
    }
}
