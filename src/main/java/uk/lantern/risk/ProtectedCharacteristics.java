package uk.lantern.risk;

/**
 * A child's protected characteristics as the caller holds them, each as a code or free text, any of them null when
 * not recorded. They travel with a {@link ScreeningInput} only so that callers need not strip them first, and so
 * that a test can prove that the screening ignores them.
 */
public record ProtectedCharacteristics(String ethnicity, String nationality, String religion) {

    public static final ProtectedCharacteristics NOT_RECORDED = new ProtectedCharacteristics(null, null, null);
}
