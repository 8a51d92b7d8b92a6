import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.priv.garshol.duke.ConfigLoader;
import no.priv.garshol.duke.Configuration;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.datasources.CSVDataSource;
import no.priv.garshol.duke.datasources.Column;
import no.priv.garshol.duke.datasources.RecordBuilder;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import no.priv.garshol.duke.utils.CSVReader;

/**
 * Runs the peer engine Duke 1.2 in deduplication mode on a labelled CSV in the format {@code resolution evaluate}
 * reads ({@code unique_id}, {@code cluster}, person columns), and scores Duke's links against the labels. Duke is
 * fetched from Maven Central by {@code bench/duke.sh}, which runs this file as a single-file program:
 *
 * <pre>java -cp 'target/peers/lib/*' bench/peers/DukeRun.java CONFIG.xml DATA.csv [--threads N] [--links LINKS.csv]</pre>
 *
 * The configuration's {@code <csv>} data source names the columns Duke compares, their properties and cleaners; its
 * input file, if any, is ignored. The rows of DATA.csv are read with Duke's own CSV reader and built into records
 * with those columns by Duke's {@code RecordBuilder}, then deduplicated as one batch. (Duke 1.2's CSV data source
 * cannot map one column to two properties, which the uk-hard configuration does with {@code dob}.) Duke never sees
 * the {@code cluster} column unless the configuration maps it, which none may.
 *
 * Duke reports links, not clusters: every pair above the configuration's threshold. The clusters are the connected
 * components of those links. The last line, {@code precision=P recall=R f1=F}, is pairwise over those clusters,
 * exactly as {@code resolution evaluate} scores Lantern's; the line above is B-cubed over the same clusters, and the
 * line {@code links ...} scores the raw link pairs themselves (a link is right when both records share a cluster).
 */
public class DukeRun {

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length % 2 != 0) {
            System.err.println("Usage: java -cp 'target/peers/lib/*' bench/peers/DukeRun.java CONFIG.xml DATA.csv"
                    + " [--threads N] [--links LINKS.csv]");
            System.exit(64);
        }
        String configFile = args[0];
        Path data = Path.of(args[1]);
        int threads = Runtime.getRuntime().availableProcessors();
        Path linksOut = null;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--links" -> linksOut = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }

        Configuration config = ConfigLoader.load(configFile);
        if (config.getDataSources().size() != 1
                || !(config.getDataSources().iterator().next() instanceof CSVDataSource csv)) {
            throw new IllegalArgumentException(configFile + ": needs exactly one <csv> data source");
        }
        List<Record> records = new ArrayList<>();
        Labels labels = Labels.read(data, csv, records);
        String idProperty = config.getIdentityProperties().iterator().next().getName();
        System.out.printf(Locale.ROOT, "Read %,d records from %s; Duke 1.2 with %s, threshold %s, %d threads%n",
                labels.size(), data, Path.of(configFile).getFileName(), config.getThreshold(), threads);

        Links links = new Links(labels, idProperty);
        long start = System.nanoTime();
        Processor processor = new Processor(config);
        processor.setThreads(threads);
        processor.addMatchListener(links);
        processor.deduplicate(records);
        processor.close();
        double seconds = (System.nanoTime() - start) / 1e9;

        int[] clusters = links.connectedComponents();
        long found = Arrays.stream(clusters).distinct().count();
        System.out.printf(Locale.ROOT, "Deduplicated in %.1f s: %,d links above the threshold, %,d comparisons, "
                        + "%,d clusters as connected components (truth: %,d)%n",
                seconds, links.count(), processor.getComparisonCount(), found, labels.clusterCount());
        long correctLinks = links.pairs.keySet().stream()
                .filter(pair -> labels.cluster[(int) (pair >>> 32)] == labels.cluster[(int) (long) pair])
                .count();
        Scores raw = new Scores(labels.truePairs(), links.count(), correctLinks);
        System.out.printf(Locale.ROOT, "links precision=%.4f recall=%.4f f1=%.4f%n",
                raw.precision(), raw.recall(), raw.f1());
        Clustering clustering = Clustering.of(labels.cluster, clusters);
        System.out.printf(Locale.ROOT, "b-cubed precision=%.4f recall=%.4f f1=%.4f%n",
                clustering.bCubedPrecision, clustering.bCubedRecall,
                harmonicMean(clustering.bCubedPrecision, clustering.bCubedRecall));
        if (linksOut != null) {
            links.write(linksOut);
        }
        Scores pairwise = clustering.pairwise;
        System.out.printf(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f%n",
                pairwise.precision(), pairwise.recall(), pairwise.f1());
    }

    /** The records' ids in file order and the index of each one's true cluster, read with Duke's own CSV reader. */
    record Labels(List<String> ids, Map<String, Integer> indexOfId, int[] cluster) {

        /** Reads the labels, and adds each row to {@code records} as Duke would, with the columns' cleaners. */
        static Labels read(Path file, CSVDataSource columns, List<Record> records) throws IOException {
            List<String> ids = new ArrayList<>();
            List<String> clusterNames = new ArrayList<>();
            RecordBuilder builder = new RecordBuilder(columns);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CSVReader csv = new CSVReader(reader);
                List<String> header = Arrays.asList(csv.next());
                int idColumn = column(header, "unique_id", file);
                int clusterColumn = column(header, "cluster", file);
                List<Column> compared = new ArrayList<>(columns.getColumns());
                int[] comparedColumn = compared.stream().mapToInt(c -> column(header, c.getName(), file)).toArray();
                for (String[] row = csv.next(); row != null; row = csv.next()) {
                    if (row.length != header.size()) {
                        throw new IllegalArgumentException(file + ": line " + (ids.size() + 2) + " has "
                                + row.length + " values, the header " + header.size());
                    }
                    ids.add(row[idColumn]);
                    clusterNames.add(row[clusterColumn]);
                    builder.newRecord();
                    for (int i = 0; i < comparedColumn.length; i++) {
                        builder.addValue(compared.get(i), row[comparedColumn[i]]);
                    }
                    records.add(builder.getRecord());
                }
            }
            Map<String, Integer> indexOfId = new HashMap<>();
            for (String id : ids) {
                if (indexOfId.put(id, indexOfId.size()) != null) {
                    throw new IllegalArgumentException(file + ": unique_id " + id + " appears twice");
                }
            }
            Map<String, Integer> clusterIndex = new HashMap<>();
            int[] cluster = clusterNames.stream()
                    .mapToInt(name -> clusterIndex.computeIfAbsent(name, key -> clusterIndex.size())).toArray();
            return new Labels(ids, indexOfId, cluster);
        }

        private static int column(List<String> header, String name, Path file) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException(file + ": no column " + name);
            }
            return index;
        }

        int size() {
            return ids.size();
        }

        long clusterCount() {
            return Arrays.stream(cluster).distinct().count();
        }

        long truePairs() {
            return Clustering.of(cluster, cluster).pairwise.truePairs();
        }
    }

    /** Collects Duke's links, each pair once (Duke may report a pair from both ends), with its highest probability. */
    static final class Links extends AbstractMatchListener {
        private final Labels labels;
        private final String idProperty;
        private final Map<Long, Double> pairs = new HashMap<>();

        Links(Labels labels, String idProperty) {
            this.labels = labels;
            this.idProperty = idProperty;
        }

        @Override
        public synchronized void matches(Record one, Record other, double probability) {
            int a = index(one);
            int b = index(other);
            pairs.merge(((long) Math.min(a, b) << 32) | Math.max(a, b), probability, Math::max);
        }

        private int index(Record record) {
            Integer index = labels.indexOfId.get(record.getValue(idProperty));
            if (index == null) {
                throw new IllegalStateException("Duke linked an id not in the file: " + record.getValue(idProperty));
            }
            return index;
        }

        long count() {
            return pairs.size();
        }

        /** Union-find over the links: each record's component, named by one of its records. */
        int[] connectedComponents() {
            int[] parent = new int[labels.size()];
            Arrays.setAll(parent, i -> i);
            for (long pair : pairs.keySet()) {
                parent[root(parent, (int) (pair >>> 32))] = root(parent, (int) (long) pair);
            }
            int[] component = new int[parent.length];
            Arrays.setAll(component, i -> root(parent, i));
            return component;
        }

        private static int root(int[] parent, int record) {
            while (parent[record] != record) {
                parent[record] = parent[parent[record]];
                record = parent[record];
            }
            return record;
        }

        void write(Path file) throws IOException {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                out.println("unique_id_l,unique_id_r,probability");
                pairs.forEach((pair, probability) -> out.printf(Locale.ROOT, "%s,%s,%.4f%n",
                        labels.ids.get((int) (pair >>> 32)), labels.ids.get((int) (long) pair), probability));
            }
        }
    }

    /** Pairwise counts: a score with nothing to count is 1, as in {@code resolution evaluate}. */
    record Scores(long truePairs, long predictedPairs, long correctPairs) {
        double precision() {
            return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        }

        double recall() {
            return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        }

        double f1() {
            return harmonicMean(precision(), recall());
        }
    }

    /** Predicted clusters against true ones: pairwise and B-cubed (per record, averaged over the records). */
    record Clustering(Scores pairwise, double bCubedPrecision, double bCubedRecall) {

        static Clustering of(int[] truth, int[] predicted) {
            Map<Integer, Integer> trueSizes = new HashMap<>();
            Map<Integer, Integer> predictedSizes = new HashMap<>();
            Map<Long, Integer> overlaps = new HashMap<>();
            for (int record = 0; record < truth.length; record++) {
                trueSizes.merge(truth[record], 1, Integer::sum);
                predictedSizes.merge(predicted[record], 1, Integer::sum);
                overlaps.merge(((long) truth[record] << 32) | predicted[record], 1, Integer::sum);
            }
            long correct = 0;
            double precisionSum = 0;
            double recallSum = 0;
            for (Map.Entry<Long, Integer> overlap : overlaps.entrySet()) {
                long n = overlap.getValue();
                correct += pairs(n);
                precisionSum += (double) n * n / predictedSizes.get((int) (long) overlap.getKey());
                recallSum += (double) n * n / trueSizes.get((int) (overlap.getKey() >>> 32));
            }
            Scores pairwise = new Scores(trueSizes.values().stream().mapToLong(DukeRun::pairs).sum(),
                    predictedSizes.values().stream().mapToLong(DukeRun::pairs).sum(), correct);
            return new Clustering(pairwise, precisionSum / truth.length, recallSum / truth.length);
        }
    }

    static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    static double harmonicMean(double one, double other) {
        return one + other == 0 ? 0 : 2 * one * other / (one + other);
    }
}
