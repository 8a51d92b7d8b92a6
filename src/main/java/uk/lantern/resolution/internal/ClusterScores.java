package uk.lantern.resolution.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well predicted clusters agree with the true ones. Pairwise: of all pairs of records in one predicted cluster,
 * how many are in one true cluster (precision), and of all pairs in one true cluster, how many were predicted
 * (recall). B-cubed: the same per record, averaged over the records, so large clusters do not dominate.
 * A score with nothing to count (no predicted pairs, say) is 1.
 */
record ClusterScores(long truePairs, long predictedPairs, long correctPairs, double bCubedPrecision,
        double bCubedRecall) {

    static ClusterScores of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("Truth and prediction differ in length");
        }
        int[] trueLabels = labels(truth);
        int[] predictedLabels = labels(predicted);
        Map<Integer, Integer> trueSizes = new HashMap<>();
        Map<Integer, Integer> predictedSizes = new HashMap<>();
        Map<Long, Integer> overlaps = new HashMap<>();
        for (int record = 0; record < trueLabels.length; record++) {
            trueSizes.merge(trueLabels[record], 1, Integer::sum);
            predictedSizes.merge(predictedLabels[record], 1, Integer::sum);
            overlaps.merge(((long) trueLabels[record] << 32) | predictedLabels[record], 1, Integer::sum);
        }
        double precisionSum = 0;
        double recallSum = 0;
        long correct = 0;
        for (Map.Entry<Long, Integer> overlap : overlaps.entrySet()) {
            long n = overlap.getValue();
            int trueLabel = (int) (overlap.getKey() >>> 32);
            int predictedLabel = (int) (long) overlap.getKey();
            correct += pairs(n);
            precisionSum += (double) n * n / predictedSizes.get(predictedLabel);
            recallSum += (double) n * n / trueSizes.get(trueLabel);
        }
        long records = trueLabels.length;
        return new ClusterScores(trueSizes.values().stream().mapToLong(ClusterScores::pairs).sum(),
                predictedSizes.values().stream().mapToLong(ClusterScores::pairs).sum(), correct,
                precisionSum / records, recallSum / records);
    }

    double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    double f1() {
        return harmonicMean(precision(), recall());
    }

    double bCubedF1() {
        return harmonicMean(bCubedPrecision, bCubedRecall);
    }

    private static double harmonicMean(double one, double other) {
        return one + other == 0 ? 0 : 2 * one * other / (one + other);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static int[] labels(List<String> clusters) {
        Map<String, Integer> label = new HashMap<>();
        return clusters.stream().mapToInt(cluster -> label.computeIfAbsent(cluster, key -> label.size())).toArray();
    }
}
