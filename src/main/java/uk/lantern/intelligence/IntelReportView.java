package uk.lantern.intelligence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An intelligence report as the reader may see it. With {@link Visibility#SANITISED} the original text, the
 * grading other than the intelligence assessment, the handling conditions, who recorded it and any witnesses are
 * left out (null or absent).
 */
public record IntelReportView(IntelReportId id, String reference, Visibility visibility, String agencyName,
                              List<String> areaCodes, LocalDate informationDate, Instant recordedAt,
                              String recordedBy, Grading grading, String intelligenceAssessment, String text,
                              String sanitisedText, List<SubjectView> subjects, List<LinkView> links) {

    public boolean full() {
        return visibility == Visibility.FULL;
    }
}
