package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.lantern.resolution.PersonRecord;
import uk.lantern.resolution.ResolutionModel;
import uk.lantern.resolution.ResolutionSettings;

/**
 * How far the model's match probabilities can be believed: every candidate pair that blocking puts forward is
 * scored, put in a band of predicted probability, and each band's share of pairs that the labels say are one person
 * is set beside its mean predicted probability. A calibrated model's bands agree; one that links namesakes shows a
 * high band with a low observed rate. The pairs at or above the match threshold are also counted on their own: they
 * are the pairs the model would link without an analyst, before clustering declines those that contradict a record
 * already in the other's cluster.
 *
 * @param bands the bands, lowest first
 * @param linkedPairs scored pairs at or above the match threshold
 * @param linkedCorrect of those, pairs of one true person
 */
record Reliability(List<Band> bands, long linkedPairs, long linkedCorrect) {

    private static final double[] EDGES = {0, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99, 0.999, 1.0000001};

    /**
     * One band of predicted probability.
     *
     * @param from the lowest probability in the band
     * @param to the band's upper bound, exclusive
     * @param pairs scored pairs in the band
     * @param meanPredicted their mean predicted probability
     * @param matches how many of them are one true person
     */
    record Band(double from, double to, long pairs, double meanPredicted, long matches) {

        double observed() {
            return pairs == 0 ? 0 : (double) matches / pairs;
        }
    }

    static Reliability of(ResolutionModel model, ResolutionSettings settings, List<PersonRecord> records,
            List<String> truth) {
        RecordTable table = new RecordTable(records);
        PairScorer scorer = new PairScorer(model, table, settings);
        ResolutionRun.ScoredCandidates scored = new ResolutionRun(model, settings).score(table, scorer, 0);
        int bandCount = EDGES.length - 1;
        long[] pairs = new long[bandCount];
        long[] matches = new long[bandCount];
        double[] predicted = new double[bandCount];
        long linked = 0;
        long linkedCorrect = 0;
        for (int at = 0; at < scored.pairs().length; at++) {
            double probability = PairScorer.probability(scored.weights()[at]);
            long pair = scored.pairs()[at];
            boolean match = truth.get(PairList.left(pair)).equals(truth.get(PairList.right(pair)));
            int band = bandOf(probability);
            pairs[band]++;
            predicted[band] += probability;
            matches[band] += match ? 1 : 0;
            if (probability >= settings.matchThreshold()) {
                linked++;
                linkedCorrect += match ? 1 : 0;
            }
        }
        List<Band> bands = new ArrayList<>();
        for (int band = 0; band < bandCount; band++) {
            bands.add(new Band(EDGES[band], Math.min(1, EDGES[band + 1]), pairs[band],
                    pairs[band] == 0 ? 0 : predicted[band] / pairs[band], matches[band]));
        }
        return new Reliability(bands, linked, linkedCorrect);
    }

    private static int bandOf(double probability) {
        int band = 0;
        while (probability >= EDGES[band + 1]) {
            band++;
        }
        return band;
    }

    double linkedPrecision() {
        return linkedPairs == 0 ? 1 : (double) linkedCorrect / linkedPairs;
    }

    /** The table as lines of text, one a band with pairs in it. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("reliability: predicted probability band, scored pairs, mean predicted, observed match rate");
        for (Band band : bands) {
            if (band.pairs() > 0) {
                lines.add(String.format(Locale.ROOT, "  [%.3f, %.3f) %,d pairs: predicted %.4f, observed %.4f",
                        band.from(), band.to(), band.pairs(), band.meanPredicted(), band.observed()));
            }
        }
        lines.add(String.format(Locale.ROOT, "pairs scored at or above the match threshold: %,d, precision %.4f "
                + "(clustering still declines those that contradict others)", linkedPairs, linkedPrecision()));
        return lines;
    }
}
