package uk.lantern.resolution.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import uk.lantern.runtime.StandaloneCommand;

/**
 * {@code resolution synth-records [--profile basic|uk-hard] --records N --seed S --out FILE.csv}: writes invented
 * person records with known clusters in the format {@code resolution evaluate} reads: the easy set of
 * {@link SyntheticPeople} (the default, {@code basic}) or the hard UK set of {@link UkHardPeople} ({@code uk-hard}).
 */
public final class SynthRecordsCommand implements StandaloneCommand {

    static final int USAGE = 64;
    static final int CANNOT_WRITE = 74;
    private static final String PROFILE = "--profile";
    private static final String BASIC = "basic";
    private static final String UK_HARD = "uk-hard";

    @Override
    public List<String> words() {
        return List.of("resolution", "synth-records");
    }

    @Override
    public String usage() {
        return "resolution synth-records [--profile basic|uk-hard] --records N --seed S --out FILE.csv   write "
                + "synthetic person records with known clusters for resolution evaluate";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        String profile;
        int records;
        long seed;
        Path file;
        try {
            profile = arguments.contains(PROFILE) ? option(arguments, PROFILE) : BASIC;
            if (!profile.equals(BASIC) && !profile.equals(UK_HARD)) {
                throw new IllegalArgumentException(PROFILE + " must be " + BASIC + " or " + UK_HARD + ", not '"
                        + profile + "'");
            }
            records = Integer.parseInt(option(arguments, "--records"));
            seed = Long.parseLong(option(arguments, "--seed"));
            file = Path.of(option(arguments, "--out"));
            if (records < 1) {
                throw new IllegalArgumentException("--records must be at least 1");
            }
        } catch (IllegalArgumentException misused) {
            out.println(misused.getMessage() + ". Usage: java -jar lantern.jar " + usage());
            return USAGE;
        }
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (profile.equals(UK_HARD)) {
                new UkHardPeople(seed).write(records, writer);
            } else {
                new SyntheticPeople(seed).write(records, writer);
            }
        } catch (IOException failed) {
            out.println("Cannot write " + file + ": " + failed.getMessage());
            return CANNOT_WRITE;
        }
        out.println(String.format(Locale.ROOT, "Wrote %,d records to %s", records, file));
        return 0;
    }

    private static String option(List<String> arguments, String name) {
        int at = arguments.indexOf(name);
        if (at < 0 || at + 1 >= arguments.size()) {
            throw new IllegalArgumentException("Missing " + name);
        }
        return arguments.get(at + 1);
    }
}
