package uk.lantern.network.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.network.EvidenceFilter;

/**
 * What a viewer asked to see of the network: evidence dated within a window, and intelligence graded at least so
 * well. Each part is optional; an empty filter keeps everything the viewer may see.
 *
 * @param worstSource the worst source evaluation kept, 1 to 3 (1 is best)
 * @param worstIntelligence the worst intelligence assessment kept, A to E (A is best)
 */
record NetworkFilter(LocalDate from, LocalDate to, Integer worstSource, Character worstIntelligence) {

    static final NetworkFilter EVERYTHING = new NetworkFilter(null, null, null, null);

    /** Reads the filter from request parameters, naming each field that cannot be read. */
    static NetworkFilter read(String from, String to, String source, String intelligence) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("to", "The end of the window must not be before its start"));
        }
        Integer worstSource = null;
        if (present(source)) {
            if (source.strip().matches("[1-3]")) {
                worstSource = Integer.parseInt(source.strip());
            } else {
                errors.add(new FieldError("source", "Source evaluation must be 1, 2 or 3"));
            }
        }
        Character worstIntelligence = null;
        if (present(intelligence)) {
            String grade = intelligence.strip().toUpperCase(Locale.ROOT);
            if (grade.matches("[A-E]")) {
                worstIntelligence = grade.charAt(0);
            } else {
                errors.add(new FieldError("intelligence", "Intelligence assessment must be a letter from A to E"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NetworkFilter(start, end, worstSource, worstIntelligence);
    }

    EvidenceFilter evidenceFilter() {
        EvidenceFilter filter = EvidenceFilter.everything();
        if (from != null || to != null) {
            filter = filter.and(EvidenceFilter.within(from == null ? LocalDate.MIN : from,
                    to == null ? LocalDate.MAX : to));
        }
        if (worstSource != null) {
            filter = filter.and(EvidenceFilter.sourceAtLeast(worstSource));
        }
        if (worstIntelligence != null) {
            filter = filter.and(EvidenceFilter.intelligenceAtLeast(worstIntelligence));
        }
        return filter;
    }

    boolean isEverything() {
        return equals(EVERYTHING);
    }

    /** The filter as request parameters, for links that keep it; parts not set are left out. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (from != null) {
            parameters.put("from", from.toString());
        }
        if (to != null) {
            parameters.put("to", to.toString());
        }
        if (worstSource != null) {
            parameters.put("source", worstSource.toString());
        }
        if (worstIntelligence != null) {
            parameters.put("intelligence", worstIntelligence.toString());
        }
        return parameters;
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (!present(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            errors.add(new FieldError(field, "Enter the date as YYYY-MM-DD, for example 2026-03-01"));
            return null;
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
