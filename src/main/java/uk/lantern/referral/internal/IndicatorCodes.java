package uk.lantern.referral.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.lantern.identity.InvalidInputException.FieldError;

/** Checks structured CSE indicator codes against the current indicator set. */
@Component
class IndicatorCodes {

    static final int MAX_INDICATORS = 40;

    private final Set<String> known;

    IndicatorCodes() {
        this.known = Set.of("MISSING_EPISODES", "SCHOOL_ABSENCE", "RELATIONSHIP_WITH_OLDER_PERSON",
                "CONTROLLING_ADULTS", "UNEXPLAINED_GIFTS", "PICKED_UP_IN_CARS", "LINKS_TO_TAXI_OR_TAKEAWAY",
                "ALCOHOL_OR_DRUGS", "SEXUAL_HEALTH", "SELF_HARM", "EXPLOITED_PEERS", "SECRETIVE_PHONE_USE",
                "KNOWLEDGE_OF_OTHER_TOWNS", "DISCLOSED_SEXUAL_ABUSE", "SEXUAL_ACTIVITY_WITH_ADULT",
                "COERCED_SEXUAL_ACTIVITY_EXCHANGE", "MOVED_BETWEEN_TOWNS_FOR_ABUSE", "INDECENT_IMAGES",
                "ASSAULTED_OR_THREATENED");
    }

    /** One indicator as offered on the form. */
    record Indicator(String code, String label) {
    }

    List<Indicator> all() {
        return known.stream().sorted().map(code -> new Indicator(code, labels().get(code))).toList();
    }

    java.util.Map<String, String> labels() {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        known.forEach(code -> {
            String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
            labels.put(code, Character.toUpperCase(words.charAt(0)) + words.substring(1));
        });
        return labels;
    }

    List<String> validate(List<String> codes, List<FieldError> errors) {
        if (codes == null) {
            return List.of();
        }
        if (codes.size() > MAX_INDICATORS) {
            errors.add(new FieldError("indicators", "Select up to " + MAX_INDICATORS + " indicators"));
            return List.of();
        }
        Set<String> valid = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).trim().toUpperCase(Locale.ROOT);
            if (known.contains(code)) {
                valid.add(code);
            } else {
                errors.add(new FieldError("indicators[" + i + "]", "Unknown indicator '" + codes.get(i) + "'"));
            }
        }
        return new ArrayList<>(valid);
    }
}
