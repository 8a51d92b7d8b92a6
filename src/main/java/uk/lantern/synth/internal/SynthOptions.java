package uk.lantern.synth.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.lantern.synth.SynthSpec;

/**
 * The options of {@code synth}. Every problem is an {@link IllegalArgumentException} whose message names the
 * option, so the operator knows what to fix.
 */
record SynthOptions(SynthSpec spec, Path out) {

    private static final Set<String> KNOWN = Set.of("seed", "children", "out", "months", "now");

    /**
     * @param defaultNow the end of the period when {@code --now} is not given
     */
    static SynthOptions parse(List<String> arguments, Instant defaultNow) {
        Map<String, String> options = options(arguments);
        long seed = wholeNumber(options, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        int children = (int) wholeNumber(options, "children", 1, SynthSpec.MAX_CHILDREN);
        String out = required(options, "out");
        int months = options.containsKey("months")
                ? (int) wholeNumber(options, "months", 1, SynthSpec.MAX_MONTHS)
                : SynthSpec.DEFAULT_MONTHS;
        Instant now = options.containsKey("now") ? instant(options.get("now")) : defaultNow;
        return new SynthOptions(new SynthSpec(seed, children, now, months), Path.of(out));
    }

    private static Map<String, String> options(List<String> arguments) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + argument + "'");
            }
            String name = argument.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
                value = arguments.get(++i);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name);
            }
            if (options.put(name, value) != null) {
                throw new IllegalArgumentException("--" + name + " is given more than once");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static long wholeNumber(Map<String, String> options, String name, long min, long max) {
        String value = required(options, name);
        try {
            long number = Long.parseLong(value.replace("_", ""));
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException notANumber) {
            String range = min == Long.MIN_VALUE ? "a whole number" : "a whole number from " + min + " to " + max;
            throw new IllegalArgumentException("--" + name + " must be " + range + ", not '" + value + "'");
        }
    }

    private static Instant instant(String value) {
        try {
            return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException unreadable) {
            throw new IllegalArgumentException("--now must be a date such as 2026-03-31 or an instant such as "
                    + "2026-03-31T00:00:00Z, not '" + value + "'");
        }
    }
}
