package uk.lantern.intelligence;

import java.util.Objects;

/**
 * How an intelligence report is graded. On the national 3x5x2 scheme: source evaluation 1–3, intelligence
 * assessment A–E and handling code P (lawful sharing permitted) or C (sharing with conditions, which are stated).
 * Reports graded on the legacy 5x5x5 scheme keep their grades as given: source A–E, intelligence 1–5, handling 1–5.
 *
 * @param conditions the handling conditions, required with handling code C
 */
public record Grading(GradingScheme scheme, String source, String intelligence, String handling, String conditions) {

    public Grading {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(intelligence, "intelligence");
        Objects.requireNonNull(handling, "handling");
    }

    /** The two grading schemes and their codes as written on the report. */
    public enum GradingScheme {
        THREE_FIVE_TWO("3x5x2"), FIVE_FIVE_FIVE("5x5x5");

        private final String code;

        GradingScheme(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static GradingScheme ofCode(String code) {
            for (GradingScheme scheme : values()) {
                if (scheme.code.equals(code)) {
                    return scheme;
                }
            }
            throw new IllegalArgumentException("Unknown grading scheme " + code);
        }
    }

    /**
     * Whether the handling code keeps the report within the agency that recorded it: 3x5x2 code C, or legacy
     * codes 4 (originating agency only) and 5 (no further dissemination). Anyone else sees at most the sanitised
     * version.
     */
    public boolean restrictedToOriginator() {
        return switch (scheme) {
            case THREE_FIVE_TWO -> "C".equals(handling);
            case FIVE_FIVE_FIVE -> "4".equals(handling) || "5".equals(handling);
        };
    }

    /** The grade as an analyst writes it: {@code 2B P} on 3x5x2, {@code B2 4} on 5x5x5. */
    public String code() {
        return source + intelligence + " " + handling;
    }
}
