package uk.lantern.synth.internal;

import java.util.List;

import uk.lantern.synth.internal.Interchange.Grading;

/**
 * Grades as analysts give them. On the 3x5x2 scheme most sources are untested and most information is known
 * indirectly; most reports may be shared, and some carry conditions. Legacy 5x5x5 reports keep their own codes.
 */
final class Gradings {

    private static final Weighted<String> SOURCE = Weighted.<String>builder()
            .add("1", 0.25).add("2", 0.6).add("3", 0.15).build();
    private static final Weighted<String> INTELLIGENCE = Weighted.<String>builder()
            .add("A", 0.1).add("B", 0.35).add("C", 0.4).add("D", 0.12).add("E", 0.03).build();
    private static final Weighted<String> LEGACY_SOURCE = Weighted.<String>builder()
            .add("A", 0.1).add("B", 0.45).add("C", 0.3).add("D", 0.1).add("E", 0.05).build();
    private static final Weighted<String> LEGACY_INTELLIGENCE = Weighted.<String>builder()
            .add("1", 0.1).add("2", 0.4).add("3", 0.35).add("4", 0.1).add("5", 0.05).build();
    private static final Weighted<String> LEGACY_HANDLING = Weighted.<String>builder()
            .add("1", 0.4).add("2", 0.1).add("3", 0.2).add("4", 0.2).add("5", 0.1).build();

    private final List<String> conditions;

    Gradings(Sentences sentences) {
        this.conditions = sentences.section("intel.conditions");
    }

    /** A 3x5x2 grade; {@code withConditions} is the chance of handling code C. */
    Grading current(double withConditions, Dice dice) {
        boolean conditional = dice.chance(withConditions);
        return new Grading("3x5x2", SOURCE.pick(dice), INTELLIGENCE.pick(dice), conditional ? "C" : "P",
                conditional ? dice.oneOf(conditions) : null);
    }

    Grading legacy(Dice dice) {
        return new Grading("5x5x5", LEGACY_SOURCE.pick(dice), LEGACY_INTELLIGENCE.pick(dice),
                LEGACY_HANDLING.pick(dice), null);
    }
}
