package uk.lantern.intelligence;

import java.util.Set;

/**
 * Published in the recording transaction whenever new intelligence or a child's account links subjects, so that
 * other modules can react, for example by sending a closed case back for review.
 *
 * @param subjects every subject the new record touches
 * @param source   the record, for example {@code intel_report:…}
 * @param sourceLabel the record as a reader knows it
 */
public record SubjectsLinked(Set<SubjectRef> subjects, String source, String sourceLabel) {

    public SubjectsLinked {
        subjects = Set.copyOf(subjects);
    }
}
