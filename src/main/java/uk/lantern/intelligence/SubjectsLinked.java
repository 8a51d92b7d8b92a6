package uk.lantern.intelligence;

import java.util.List;
import java.util.Set;

/**
 * Published in the recording transaction whenever new intelligence or children's accounts link subjects, so that
 * other modules can react, for example by sending a closed case back for review. Records stored together are one
 * event, so that listeners can write what follows as sets.
 */
public record SubjectsLinked(List<Linkage> linkages) {

    public SubjectsLinked {
        linkages = List.copyOf(linkages);
    }

    public static SubjectsLinked one(Set<SubjectRef> subjects, String source, String sourceLabel) {
        return new SubjectsLinked(List.of(new Linkage(subjects, source, sourceLabel)));
    }

    /**
     * The subjects one record links.
     *
     * @param subjects every subject the new record touches
     * @param source   the record, for example {@code intel_report:…}
     * @param sourceLabel the record as a reader knows it
     */
    public record Linkage(Set<SubjectRef> subjects, String source, String sourceLabel) {

        public Linkage {
            subjects = Set.copyOf(subjects);
        }
    }
}
