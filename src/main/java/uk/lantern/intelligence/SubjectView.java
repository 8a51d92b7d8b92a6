package uk.lantern.intelligence;

/** A subject as shown on a report. */
public record SubjectView(SubjectRef ref, SubjectType type, String label, SubjectRole role, String detail) {
}
