package uk.lantern.people;

import java.time.LocalDate;

/**
 * One thing known about a child.
 *
 * @param on the day it happened, in the UK; null when nothing may be said of when (a report the viewer may not see)
 * @param born for a record of the child, the date of birth it gives; null otherwise
 * @param agency the agency that holds it; null when unknown or not to be said
 * @param link the page of the record, when the viewer may open it without breaking glass; null otherwise
 * @param joinCandidate for a possible duplicate record that no one has asked the analysts about yet, the record
 *     to ask about; null otherwise
 */
public record KnownItem(String what, LocalDate on, PartialDate born, String agency, String status, String link,
                        ChildId joinCandidate) {

    public static KnownItem of(String what, LocalDate on, String agency, String status, String link) {
        return new KnownItem(what, on, null, agency, status, link, null);
    }
}
