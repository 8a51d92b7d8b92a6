package uk.lantern.intelligence;

/**
 * A stated link between two subjects, added to a report. A subject that is not yet one of the report's subjects is
 * added to it as MENTIONED.
 *
 * @param firstSeen when the link was first seen (ISO date); defaults to the report's information date
 * @param lastSeen  when it was last seen; defaults to {@code firstSeen}
 */
public record NewLink(SubjectRef from, SubjectRef to, String linkType, String firstSeen, String lastSeen,
                      String detail) {
}
