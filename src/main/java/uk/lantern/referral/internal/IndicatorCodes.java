package uk.lantern.referral.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.risk.CseScreening;
import uk.lantern.risk.Indicator;

/** Checks structured CSE indicator codes against the current indicator set and offers them to forms. */
@Component
class IndicatorCodes {

    static final int MAX_INDICATORS = 40;

    private final CseScreening screening;

    IndicatorCodes(CseScreening screening) {
        this.screening = screening;
    }

    /** The current indicators, signs of harm first, as the form offers them. */
    List<Indicator> all() {
        return screening.indicatorSet().indicators();
    }

    Map<String, String> labels() {
        return screening.indicatorSet().indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Indicator::label));
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
            if (screening.indicatorSet().find(code).isPresent()) {
                valid.add(code);
            } else {
                errors.add(new FieldError("indicators[" + i + "]", "Unknown indicator '" + codes.get(i)
                        + "': see GET /api/v1/risk/indicators"));
            }
        }
        return new ArrayList<>(valid);
    }
}
