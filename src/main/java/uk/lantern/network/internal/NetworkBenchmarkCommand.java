package uk.lantern.network.internal;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.lantern.network.NetworkAnalysis;
import uk.lantern.runtime.LanternCommand;

/**
 * {@code network benchmark --nodes N --edges M --seed S [--queries Q] [--pivots K]}: generates a synthetic network and
 * times the analyses on it; see docs/benchmarks.md.
 */
@Component
class NetworkBenchmarkCommand implements LanternCommand {

    static final int USAGE = 64;
    private static final Set<String> OPTIONS = Set.of("--nodes", "--edges", "--seed", "--queries", "--pivots");

    @Override
    public List<String> words() {
        return List.of("network", "benchmark");
    }

    @Override
    public String usage() {
        return "network benchmark [--nodes 1000000] [--edges 5000000] [--seed 1] [--queries 1000] [--pivots "
                + NetworkAnalysis.DEFAULT_PIVOTS + "]   time communities, centrality and neighbourhoods on a "
                + "synthetic network";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        NetworkBenchmark.Spec spec;
        try {
            spec = parse(arguments);
        } catch (IllegalArgumentException misused) {
            out.println(misused.getMessage() + ". Usage: java -jar lantern.jar " + usage());
            return USAGE;
        }
        new NetworkBenchmark(out).run(spec);
        return 0;
    }

    static NetworkBenchmark.Spec parse(List<String> arguments) {
        Map<String, Long> given = new HashMap<>();
        for (int i = 0; i < arguments.size(); i += 2) {
            String option = arguments.get(i);
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("Unknown option " + option);
            }
            if (i + 1 >= arguments.size()) {
                throw new IllegalArgumentException(option + " needs a number");
            }
            try {
                given.put(option, Long.parseLong(arguments.get(i + 1).replace("_", "")));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(option + " needs a number, was " + arguments.get(i + 1));
            }
        }
        return new NetworkBenchmark.Spec(positive(given, "--nodes", 1_000_000), positive(given, "--edges", 5_000_000),
                given.getOrDefault("--seed", 1L), positive(given, "--queries", 1_000),
                positive(given, "--pivots", NetworkAnalysis.DEFAULT_PIVOTS));
    }

    private static int positive(Map<String, Long> given, String option, int otherwise) {
        long value = given.getOrDefault(option, (long) otherwise);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " must be a positive whole number, was " + value);
        }
        return (int) value;
    }
}
