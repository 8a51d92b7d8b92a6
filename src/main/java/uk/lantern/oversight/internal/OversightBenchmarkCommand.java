package uk.lantern.oversight.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.oversight.internal.funnel.FunnelComparison.Dispersion;
import uk.lantern.runtime.LanternCommand;

/**
 * {@code oversight benchmark}: loads millions of synthetic referrals into an empty database, rebuilds the summaries,
 * then times the area dashboard (every measure, the demographics and the funnel plot) for a local authority, a police
 * force area and England: one warm-up and five timed runs each, reporting the median.
 */
@Component
class OversightBenchmarkCommand implements LanternCommand {

    static final int USAGE = 64;
    static final int RUNS = 5;

    private final BenchmarkRecords records;
    private final StatisticsRefresh refresh;
    private final OversightService oversight;
    private final AreaComparison comparison;

    OversightBenchmarkCommand(BenchmarkRecords records, StatisticsRefresh refresh, OversightService oversight,
                              AreaComparison comparison) {
        this.records = records;
        this.refresh = refresh;
        this.oversight = oversight;
        this.comparison = comparison;
    }

    @Override
    public List<String> words() {
        return List.of("oversight", "benchmark");
    }

    @Override
    public String usage() {
        return "oversight benchmark [--referrals 5000000] [--seed 1]   time the oversight dashboard over synthetic "
                + "referrals in an empty database";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        long referrals = 5_000_000;
        long seed = 1;
        try {
            for (int i = 0; i < arguments.size(); i += 2) {
                long value = Long.parseLong(arguments.get(i + 1).replace("_", ""));
                switch (arguments.get(i)) {
                    case "--referrals" -> referrals = value;
                    case "--seed" -> seed = value;
                    default -> throw new IllegalArgumentException("Unknown option " + arguments.get(i));
                }
            }
            if (referrals < 1) {
                throw new IllegalArgumentException("--referrals must be at least 1");
            }
        } catch (RuntimeException misused) {
            out.println(misused.getMessage() + ". Usage: java -jar lantern.jar " + usage());
            return USAGE;
        }
        long started = System.nanoTime();
        records.load(referrals, seed, out);
        out.printf("load: %s%n", since(started));
        started = System.nanoTime();
        refresh.refresh(LedgerActor.system("oversight-benchmark"));
        out.printf("summaries rebuilt: %s%n", since(started));
        time(out, "local authority (Rochdale, E08000005), by month, 5 years", "E08000005", "month");
        time(out, "police force area (Greater Manchester, E23000005), by quarter, 5 years", "E23000005", "quarter");
        time(out, "England, by month, 5 years", "E92000001", "month");
        return 0;
    }

    private void time(PrintStream out, String label, String area, String by) {
        OversightQuery query = oversight.read(area, "2021-01-01", "2025-12-31", by);
        Supplier<Object> dashboard = () -> List.of(oversight.measures(query),
                comparison.cseReferrals(query, Dispersion.POISSON));
        dashboard.get();
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            dashboard.get();
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        out.printf("dashboard, %s: median %d ms over %d runs after a warm-up (runs: %s)%n", label,
                sorted.get(RUNS / 2), RUNS, millis);
    }

    private static String since(long started) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return String.format("%.1f s", took.toMillis() / 1000.0);
    }
}
