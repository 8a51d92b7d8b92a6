package uk.lantern.resolution.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.lantern.resolution.Decisions;
import uk.lantern.resolution.PersonRecord;
import uk.lantern.resolution.Resolution;
import uk.lantern.resolution.ResolutionSettings;
import uk.lantern.resolution.Resolver;
import uk.lantern.runtime.StandaloneCommand;

/**
 * {@code resolution evaluate FILE.csv [--out PRED.csv] [--match-threshold P] [--review-threshold P]}: trains a
 * model on the file without looking at its labels, resolves it with Lantern's own settings unless told otherwise,
 * and scores the clusters against the labels, with a reliability table of the scored pairs. The last line is always
 * {@code precision=P recall=R f1=F} (pairwise), so scripts can read it.
 */
public final class EvaluateCommand implements StandaloneCommand {

    static final int USAGE = 64;
    static final int BAD_DATA = 65;
    static final int NO_INPUT = 66;
    static final int CANNOT_WRITE = 74;

    @Override
    public List<String> words() {
        return List.of("resolution", "evaluate");
    }

    @Override
    public String usage() {
        return "resolution evaluate FILE.csv [--out PRED.csv] [--match-threshold P] [--review-threshold P]   "
                + "resolve a labelled CSV and print pairwise precision, recall and F1 (no database needed)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        EvaluateOptions options;
        try {
            options = EvaluateOptions.parse(arguments);
        } catch (IllegalArgumentException misused) {
            out.println(misused.getMessage() + ". Usage: java -jar lantern.jar " + usage());
            return USAGE;
        }
        LabelledRecords labelled;
        try {
            labelled = LabelledRecords.read(options.file());
        } catch (LabelledRecords.UnreadableFile unreadable) {
            out.println(unreadable.getMessage());
            return NO_INPUT;
        } catch (LabelledRecords.BadFile bad) {
            out.println(bad.getMessage());
            return BAD_DATA;
        }
        out.println(String.format(Locale.ROOT, "Read %,d records from %s; compared columns: %s%s",
                labelled.records().size(), options.file(), String.join(", ", labelled.usedColumns()),
                labelled.ignoredColumns().isEmpty() ? "" : "; ignored: " + String.join(", ",
                        labelled.ignoredColumns())));
        Stopwatch stopwatch = new Stopwatch();
        Resolver resolver = Resolver.train(labelled.records(), options.settings());
        out.println(String.format(Locale.ROOT, "Trained in %.1f s: prior match probability %.3g, comparisons: %s",
                stopwatch.lap(), resolver.model().matchPrior(), resolver.model().comparisons().stream()
                        .map(comparison -> comparison.name()).toList()));
        Resolution resolution = resolver.resolveBatch(labelled.records(), Decisions.none());
        List<String> predicted = labelled.records().stream().map(record -> resolution.clusterOf().get(record.id()))
                .toList();
        ClusterScores scores = ClusterScores.of(labelled.truth(), predicted);
        out.println(String.format(Locale.ROOT, "Resolved in %.1f s: %,d clusters (truth: %,d); review queue: %,d "
                        + "pairs; %,d true pairs, %,d predicted, %,d correct", stopwatch.lap(),
                predicted.stream().distinct().count(), labelled.truth().stream().distinct().count(),
                resolution.reviewQueue().size(), scores.truePairs(), scores.predictedPairs(), scores.correctPairs()));
        if (options.out() != null) {
            try {
                writePredictions(options.out(), labelled.records(), resolution.clusterOf());
            } catch (IOException failed) {
                out.println("Cannot write " + options.out() + ": " + failed.getMessage());
                return CANNOT_WRITE;
            }
            out.println("Predicted clusters written to " + options.out());
        }
        Reliability.of(resolver.model(), options.settings(), labelled.records(), labelled.truth()).lines()
                .forEach(out::println);
        out.println(String.format(Locale.ROOT, "b-cubed precision=%.4f recall=%.4f f1=%.4f",
                scores.bCubedPrecision(), scores.bCubedRecall(), scores.bCubedF1()));
        out.println(String.format(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f",
                scores.precision(), scores.recall(), scores.f1()));
        return 0;
    }

    private static void writePredictions(Path file, List<PersonRecord> records, Map<String, String> clusterOf)
            throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("unique_id,predicted_cluster\n");
            for (PersonRecord record : records) {
                writer.write(CsvValues.quoted(record.id()) + "," + CsvValues.quoted(clusterOf.get(record.id()))
                        + "\n");
            }
        }
    }

    /** Elapsed seconds since the last lap. */
    private static final class Stopwatch {
        private long start = System.nanoTime();

        double lap() {
            long now = System.nanoTime();
            double seconds = (now - start) / 1e9;
            start = now;
            return seconds;
        }
    }
}
