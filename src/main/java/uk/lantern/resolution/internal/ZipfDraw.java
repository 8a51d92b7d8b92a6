package uk.lantern.resolution.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws from a list ordered commonest first with Zipf's law: the entry of rank r (from 1) with probability
 * proportional to 1 / r^exponent. Names follow it closely, which is why a town has so many people of one name.
 */
final class ZipfDraw<T> {

    private final List<T> entries;
    private final double[] cumulative;

    ZipfDraw(List<T> entries, double exponent) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("Nothing to draw from");
        }
        this.entries = List.copyOf(entries);
        this.cumulative = new double[entries.size()];
        double total = 0;
        for (int rank = 1; rank <= entries.size(); rank++) {
            total += Math.pow(rank, -exponent);
            cumulative[rank - 1] = total;
        }
    }

    T draw(SplittableRandom random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] <= point) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return entries.get(low);
    }
}
