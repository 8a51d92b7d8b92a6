package uk.lantern.intelligence;

import java.util.List;

/**
 * A new intelligence report, as typed or imported. Every field is checked and each problem is reported against the
 * field's name.
 *
 * @param informationDate when the information relates to (ISO date), not when it was typed
 * @param areaCodes       the local authorities or police force areas it concerns; defaults to the recording agency's
 * @param gradingScheme   {@code 3x5x2} (the default) or {@code 5x5x5} for legacy reports, kept as given
 * @param sanitisedText   an optional version safe to share more widely, with nothing that could identify the source
 * @param links           links between the report's own subjects, by their positions in {@code subjects}
 */
public record NewIntelReport(String informationDate, List<String> areaCodes, String gradingScheme,
                             String sourceEvaluation, String intelligenceAssessment, String handlingCode,
                             String handlingConditions, String text, String sanitisedText, List<NewSubject> subjects,
                             List<ReportLink> links) {

    /** A link between two of the new report's subjects, by position in its subject list (from 0). */
    public record ReportLink(Integer from, Integer to, String linkType, String firstSeen, String lastSeen,
                             String detail) {
    }
}
