package uk.lantern.resolution.internal;

import java.util.SplittableRandom;

/** Picking one of a few outcomes by weight; the weights need not add up to one. */
final class WeightedChoice {

    private WeightedChoice() {
    }

    /** The index of the outcome drawn; an outcome of weight zero is never drawn. */
    static int index(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int at = 0; at < weights.length; at++) {
            point -= weights[at];
            if (point < 0 && weights[at] > 0) {
                return at;
            }
        }
        for (int at = weights.length - 1; ; at--) {
            if (weights[at] > 0) {
                return at;
            }
        }
    }

    static boolean chance(double probability, SplittableRandom random) {
        return random.nextDouble() < probability;
    }
}
