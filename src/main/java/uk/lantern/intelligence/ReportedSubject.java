package uk.lantern.intelligence;

import java.time.LocalDate;
import java.util.List;

/**
 * That a report named a subject in a role, for example as a suspect, on the report's information date.
 *
 * @param grading   the report's grading
 * @param areaCodes the areas of the report
 */
public record ReportedSubject(SubjectRef subject, SubjectRole role, IntelReportId report, String reference,
                              LocalDate informationDate, Grading grading, List<String> areaCodes) {

    public ReportedSubject {
        areaCodes = List.copyOf(areaCodes);
    }
}
