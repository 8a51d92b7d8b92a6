package uk.lantern.intelligence;

import java.time.LocalDate;

import uk.lantern.people.ChildId;

/**
 * A report naming a child, as a viewer who may see it in some version is told of it beside the child's other records:
 * which report, when, whose, and how much of it the viewer may read. Never its text.
 */
public record IntelligenceAboutChild(IntelReportId id, String reference, ChildId child, LocalDate informationDate,
                                     String agency, SubjectRole role, Visibility visibility) {
}
