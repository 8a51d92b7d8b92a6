package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import uk.lantern.resolution.ClusterLink;
import uk.lantern.resolution.ClusterMerge;
import uk.lantern.resolution.Decisions;
import uk.lantern.resolution.MatchClass;
import uk.lantern.resolution.PairComparison;
import uk.lantern.resolution.PersonField;
import uk.lantern.resolution.PersonRecord;
import uk.lantern.resolution.RecordPair;
import uk.lantern.resolution.Resolution;
import uk.lantern.resolution.ResolutionModel;
import uk.lantern.resolution.ResolutionSettings;
import uk.lantern.resolution.ScoredPair;

/**
 * One resolution with a trained model: block, score, cluster. A batch run treats every record as new; an
 * incremental run starts from the existing clusters, blocks only pairs that involve a new record, and names the
 * clusters so that existing identities keep their ids.
 */
public final class ResolutionRun {

    private final ResolutionModel model;
    private final ResolutionSettings settings;

    public ResolutionRun(ResolutionModel model, ResolutionSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    public PairComparison compare(PersonRecord one, PersonRecord other) {
        return new PairScorer(model, new RecordTable(List.of(one, other)), settings).explain(0, 1);
    }

    public Resolution batch(List<PersonRecord> records, Decisions decisions) {
        return resolve(records, 0, Map.of(), List.of(), decisions);
    }

    public Resolution incremental(Resolution existing, List<PersonRecord> newRecords, Decisions decisions) {
        List<PersonRecord> all = new ArrayList<>(existing.records());
        all.addAll(newRecords);
        return resolve(all, existing.records().size(), existing.clusterOf(), existing.reviewQueue(), decisions);
    }

    private Resolution resolve(List<PersonRecord> records, int firstNew, Map<String, String> existingClusters,
            List<ScoredPair> earlierReviews, Decisions decisions) {
        RecordTable table = new RecordTable(records);
        Map<String, Integer> indexOf = indexById(table);
        PairScorer scorer = new PairScorer(model, table, settings);
        ScoredCandidates scored = score(table, scorer, firstNew);
        long[] candidates = scored.pairs();
        double[] weights = scored.weights();
        double matchWeight = PairScorer.weightOf(settings.matchThreshold());

        Clustering clustering = new Clustering(table.size());
        keepExistingClustersTogether(clustering, table, firstNew, existingClusters);
        decisions.cannotLink().stream().filter(pair -> bothKnown(pair, indexOf))
                .forEach(pair -> clustering.reject(indexOf.get(pair.first()), indexOf.get(pair.second())));
        List<RecordPair> conflicts = decisions.mustLink().stream().filter(pair -> bothKnown(pair, indexOf))
                .sorted(java.util.Comparator.comparing(RecordPair::first).thenComparing(RecordPair::second))
                .filter(pair -> !clustering.accept(indexOf.get(pair.first()), indexOf.get(pair.second())))
                .toList();
        List<Long> ambiguous = clustering.link(strongestFirst(candidates, weights, matchWeight), scorer);

        Naming naming = Naming.of(clustering, table, firstNew, existingClusters);
        List<ScoredPair> reviewQueue = reviewQueue(table, candidates, weights, earlierReviews, decisions);
        reviewQueue.addAll(ambiguousForReview(table, scorer, ambiguous, decisions));
        return new Resolution(records, naming.clusterOf(), reviewQueue, naming.merges(), conflicts,
                links(clustering, table, scorer));
    }

    private static List<ClusterLink> links(Clustering clustering, RecordTable table, PairScorer scorer) {
        return clustering.joins().stream().map(join -> new ClusterLink(table.id(join.one()), table.id(join.other()),
                join.reason(), PairScorer.probability(scorer.weight(join.one(), join.other())),
                Double.isNaN(join.meanCrossWeight()) ? null : join.meanCrossWeight(), join.crossPairs())).toList();
    }

    /** The candidate pairs that blocking puts forward, as packed record positions, and the weight of each. */
    record ScoredCandidates(long[] pairs, double[] weights) {
    }

    /** Blocks the pairs that involve a record from {@code firstNew} on, and scores them. */
    ScoredCandidates score(RecordTable table, PairScorer scorer, int firstNew) {
        long[] candidates = CandidatePairs.involving(table, BlockingRules.forFields(modelFields()), firstNew);
        double[] weights = IntStream.range(0, candidates.length).parallel()
                .mapToDouble(at -> scorer.weight(PairList.left(candidates[at]), PairList.right(candidates[at])))
                .toArray();
        return new ScoredCandidates(candidates, weights);
    }

    private Set<PersonField> modelFields() {
        return model.comparisons().stream()
                .map(comparison -> PersonField.forColumn(comparison.name()).orElseThrow())
                .collect(Collectors.toSet());
    }

    private static Map<String, Integer> indexById(RecordTable table) {
        Map<String, Integer> indexOf = new HashMap<>(table.size() * 2);
        for (int record = 0; record < table.size(); record++) {
            Integer earlier = indexOf.put(table.id(record), record);
            if (earlier != null) {
                throw new IllegalArgumentException("Two records have the id " + table.id(record));
            }
        }
        return indexOf;
    }

    private static boolean bothKnown(RecordPair pair, Map<String, Integer> indexOf) {
        return indexOf.containsKey(pair.first()) && indexOf.containsKey(pair.second());
    }

    private static void keepExistingClustersTogether(Clustering clustering, RecordTable table, int firstNew,
            Map<String, String> existingClusters) {
        Map<String, Integer> firstMember = new HashMap<>();
        for (int record = 0; record < firstNew; record++) {
            String cluster = existingClusters.get(table.id(record));
            if (cluster == null) {
                continue;
            }
            Integer first = firstMember.putIfAbsent(cluster, record);
            if (first != null) {
                clustering.keepTogether(first, record);
            }
        }
    }

    /** The candidate pairs at or above the match weight, strongest first. */
    private static long[] strongestFirst(long[] candidates, double[] weights, double matchWeight) {
        long[] order = IntStream.range(0, candidates.length).filter(at -> weights[at] >= matchWeight)
                .mapToLong(at -> ((long) sortableBits((float) weights[at]) << 32) | at)
                .toArray();
        Arrays.parallelSort(order);
        long[] links = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            links[i] = candidates[(int) order[order.length - 1 - i]];
        }
        return links;
    }

    /** A float's bits as an int that sorts in the same order as the float. */
    private static int sortableBits(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ ((bits >> 31) & Integer.MAX_VALUE);
    }

    private List<ScoredPair> reviewQueue(RecordTable table, long[] candidates, double[] weights,
            List<ScoredPair> earlierReviews, Decisions decisions) {
        double reviewWeight = PairScorer.weightOf(settings.reviewThreshold());
        double matchWeight = PairScorer.weightOf(settings.matchThreshold());
        List<ScoredPair> queue = new ArrayList<>();
        for (ScoredPair earlier : earlierReviews) {
            if (!decided(earlier.pair(), decisions)) {
                queue.add(earlier);
            }
        }
        for (int at = 0; at < candidates.length; at++) {
            if (weights[at] >= reviewWeight && weights[at] < matchWeight) {
                RecordPair pair = RecordPair.of(table.id(PairList.left(candidates[at])),
                        table.id(PairList.right(candidates[at])));
                if (!decided(pair, decisions)) {
                    queue.add(new ScoredPair(pair, weights[at], PairScorer.probability(weights[at]),
                            MatchClass.REVIEW));
                }
            }
        }
        return queue;
    }

    /** Links that clustering left because a record fits two people: an analyst says which, unless one has. */
    private static List<ScoredPair> ambiguousForReview(RecordTable table, PairScorer scorer, List<Long> ambiguous,
            Decisions decisions) {
        List<ScoredPair> review = new ArrayList<>();
        for (long link : ambiguous) {
            RecordPair pair = RecordPair.of(table.id(PairList.left(link)), table.id(PairList.right(link)));
            if (!decided(pair, decisions)) {
                double weight = scorer.weight(PairList.left(link), PairList.right(link));
                review.add(new ScoredPair(pair, weight, PairScorer.probability(weight), MatchClass.REVIEW));
            }
        }
        return review;
    }

    private static boolean decided(RecordPair pair, Decisions decisions) {
        return decisions.mustLink().contains(pair) || decisions.cannotLink().contains(pair);
    }
}
