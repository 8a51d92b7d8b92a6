package uk.lantern.intelligence;

import java.time.LocalDate;

/** A stated link on a report, with both ends labelled for reading. */
public record LinkView(SubjectRef from, String fromLabel, SubjectRef to, String toLabel, LinkType type,
                       LocalDate firstSeen, LocalDate lastSeen, String detail) {
}
