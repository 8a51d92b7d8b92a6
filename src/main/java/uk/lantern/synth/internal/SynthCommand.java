package uk.lantern.synth.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.lantern.runtime.LanternCommand;
import uk.lantern.synth.BundleSummary;
import uk.lantern.synth.SyntheticBundle;

/**
 * {@code synth --seed N --children N --out DIR [--months M] [--now DATE]}: writes a synthetic bundle. Without
 * {@code --now} the period ends at the start of today (UTC), so a demo's data is current; the summary prints the
 * value used, and giving it back with {@code --now} reproduces the bundle byte for byte.
 */
@Component
class SynthCommand implements LanternCommand {

    static final int USAGE = 64;
    static final int CANNOT_WRITE = 74;

    private final Clock clock;

    SynthCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<String> words() {
        return List.of("synth");
    }

    @Override
    public String usage() {
        return "synth --seed N --children N --out DIR [--months M] [--now YYYY-MM-DD]   write a deterministic "
                + "synthetic data bundle (interchange JSON Lines and ground truth)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        SynthOptions options;
        try {
            options = SynthOptions.parse(arguments, startOfToday());
        } catch (IllegalArgumentException misused) {
            out.println(misused.getMessage() + ". Usage: java -jar lantern.jar " + usage());
            return USAGE;
        }
        long started = System.nanoTime();
        try {
            BundleSummary summary = SyntheticBundle.write(options.spec(), options.out());
            out.print(summary.describe());
            out.println();
            out.println(String.format(Locale.ROOT, "Written to %s in %.1f s.", options.out().toAbsolutePath(),
                    (System.nanoTime() - started) / 1e9));
            return 0;
        } catch (IOException | RuntimeException failed) {
            out.println("Could not write the bundle to " + options.out() + ": " + failed);
            return CANNOT_WRITE;
        }
    }

    private Instant startOfToday() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
