package uk.lantern.intelligence;

import java.time.LocalDate;

/** That a report named a subject in a role, for example as a suspect, on the report's information date. */
public record ReportedSubject(SubjectRef subject, SubjectRole role, IntelReportId report, String reference,
                              LocalDate informationDate) {
}
