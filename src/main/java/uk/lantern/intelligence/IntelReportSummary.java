package uk.lantern.intelligence;

import java.time.LocalDate;

/** One line of a list of reports; {@code gradeCode} is absent when only the sanitised version may be seen. */
public record IntelReportSummary(IntelReportId id, String reference, Visibility visibility, String agencyName,
                                 LocalDate informationDate, String gradeCode, int subjectCount) {
}
