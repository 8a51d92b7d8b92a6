package uk.lantern.risk;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a practitioner selected for one child.
 *
 * @param indicatorCodes           the codes of the indicators the practitioner saw, from the current indicator set
 * @param protectedCharacteristics the child's ethnicity, nationality and religion (may be null); never used by the
 *                                 screening
 */
public record ScreeningInput(Set<String> indicatorCodes, ProtectedCharacteristics protectedCharacteristics) {

    public ScreeningInput {
        // LinkedHashSet rather than Set.copyOf: a null code must reach the screening and be reported as a field error.
        indicatorCodes = indicatorCodes == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(indicatorCodes));
    }

    public static ScreeningInput of(String... indicatorCodes) {
        return new ScreeningInput(new LinkedHashSet<>(Arrays.asList(indicatorCodes)),
                ProtectedCharacteristics.NOT_RECORDED);
    }
}
