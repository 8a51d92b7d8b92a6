package uk.lantern.resolution.internal;

import java.nio.file.Path;
import java.util.List;

import uk.lantern.resolution.ResolutionSettings;

/** The arguments of {@code resolution evaluate}. */
record EvaluateOptions(Path file, Path out, ResolutionSettings settings) {

    static EvaluateOptions parse(List<String> arguments) {
        Path file = null;
        Path out = null;
        ResolutionSettings defaults = ResolutionSettings.defaults();
        double match = defaults.matchThreshold();
        double review = defaults.reviewThreshold();
        for (int at = 0; at < arguments.size(); at++) {
            String argument = arguments.get(at);
            switch (argument) {
                case "--out" -> out = Path.of(valueAfter(arguments, at++));
                case "--match-threshold" -> match = probability(argument, valueAfter(arguments, at++));
                case "--review-threshold" -> review = probability(argument, valueAfter(arguments, at++));
                default -> {
                    if (argument.startsWith("--") || file != null) {
                        throw new IllegalArgumentException("Unexpected argument " + argument);
                    }
                    file = Path.of(argument);
                }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("Give the labelled CSV file to evaluate");
        }
        return new EvaluateOptions(file, out, new ResolutionSettings(match, review, defaults.seed()));
    }

    private static String valueAfter(List<String> arguments, int at) {
        if (at + 1 >= arguments.size()) {
            throw new IllegalArgumentException(arguments.get(at) + " needs a value");
        }
        return arguments.get(at + 1);
    }

    private static double probability(String option, String value) {
        try {
            double probability = Double.parseDouble(value);
            if (probability > 0 && probability < 1) {
                return probability;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a probability between 0 and 1, not " + value);
    }
}
