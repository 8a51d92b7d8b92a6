package uk.lantern.intelligence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.lantern.area.Areas;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.intelligence.Grading;
import uk.lantern.intelligence.Grading.GradingScheme;
import uk.lantern.intelligence.NewIntelReport;

/** Checks a new report's own fields (its subjects are checked as they are registered). */
@Component
class ReportValidator {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SANITISED = 5_000;
    static final int MAX_CONDITIONS = 2_000;
    static final int MAX_AREAS = 20;
    static final int MAX_SUBJECTS = 500;

    /** A report's own fields, checked. */
    record ValidReport(LocalDate informationDate, List<String> areaCodes, Grading grading, String text,
                       String sanitisedText) {
    }

    private final Areas areas;

    ReportValidator(Areas areas) {
        this.areas = areas;
    }

    /** @param defaultArea the recording agency's area, used when the report names none */
    ValidReport validate(NewIntelReport report, String defaultArea, LocalDate today, List<FieldError> errors) {
        LocalDate informationDate = Fields.date(report.informationDate(), "informationDate", null, errors);
        if (informationDate == null && (report.informationDate() == null || report.informationDate().isBlank())) {
            errors.add(new FieldError("informationDate", "Enter the date the information relates to"));
        } else if (informationDate != null && informationDate.isAfter(today)) {
            errors.add(new FieldError("informationDate", "The information date must not be in the future"));
        }
        List<String> areaCodes = areaCodes(report.areaCodes(), defaultArea, errors);
        Grading grading = grading(report, errors);
        String text = Fields.required(report.text(), "text", MAX_TEXT, "Enter the intelligence", errors);
        String sanitised = Fields.optional(report.sanitisedText(), "sanitisedText", MAX_SANITISED, errors);
        int subjects = report.subjects() == null ? 0 : report.subjects().size();
        if (subjects > MAX_SUBJECTS) {
            errors.add(new FieldError("subjects", "Record up to " + MAX_SUBJECTS + " subjects in one report"));
        }
        return new ValidReport(informationDate, areaCodes, grading, text, sanitised);
    }

    private List<String> areaCodes(List<String> given, String defaultArea, List<FieldError> errors) {
        List<String> codes = given == null ? List.of() : given.stream()
                .filter(code -> code != null && !code.isBlank()).map(String::trim).distinct().toList();
        if (codes.isEmpty()) {
            return List.of(defaultArea);
        }
        if (codes.size() > MAX_AREAS) {
            errors.add(new FieldError("areaCodes", "Name up to " + MAX_AREAS + " areas"));
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!areas.isKnown(codes.get(i))) {
                errors.add(new FieldError("areaCodes[" + i + "]", "'" + codes.get(i) + "' is not an ONS area code "
                        + "Lantern knows"));
            }
        }
        return codes;
    }

    /** Grades on the 3x5x2 scheme unless the report says it is a legacy 5x5x5 one, whose codes are kept as given. */
    private static Grading grading(NewIntelReport report, List<FieldError> errors) {
        String schemeCode = report.gradingScheme() == null || report.gradingScheme().isBlank() ? "3x5x2"
                : report.gradingScheme().trim().toLowerCase();
        GradingScheme scheme;
        try {
            scheme = GradingScheme.ofCode(schemeCode);
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError("gradingScheme", "Use 3x5x2, or 5x5x5 for a legacy report"));
            return null;
        }
        boolean national = scheme == GradingScheme.THREE_FIVE_TWO;
        String source = code(report.sourceEvaluation(), "sourceEvaluation",
                national ? Set.of("1", "2", "3") : Set.of("A", "B", "C", "D", "E"),
                national ? "Choose the source evaluation: 1, 2 or 3" : "Give the legacy source evaluation, A to E",
                errors);
        String intelligence = code(report.intelligenceAssessment(), "intelligenceAssessment",
                national ? Set.of("A", "B", "C", "D", "E") : Set.of("1", "2", "3", "4", "5"),
                national ? "Choose the intelligence assessment: A to E"
                        : "Give the legacy intelligence evaluation, 1 to 5", errors);
        String handling = code(report.handlingCode(), "handlingCode",
                national ? Set.of("P", "C") : Set.of("1", "2", "3", "4", "5"),
                national ? "Choose the handling code: P or C" : "Give the legacy handling code, 1 to 5", errors);
        String conditions = Fields.optional(report.handlingConditions(), "handlingConditions", MAX_CONDITIONS, errors);
        if ("C".equals(handling) && national && conditions == null) {
            errors.add(new FieldError("handlingConditions", "State the handling conditions that come with code C"));
        }
        if (source == null || intelligence == null || handling == null) {
            return null;
        }
        return new Grading(scheme, source, intelligence, handling, conditions);
    }

    private static String code(String value, String field, Set<String> allowed, String message,
                               List<FieldError> errors) {
        String code = value == null ? "" : value.trim().toUpperCase();
        if (!allowed.contains(code)) {
            errors.add(new FieldError(field, message));
            return null;
        }
        return code;
    }
}
