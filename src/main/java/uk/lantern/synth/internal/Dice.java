package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every random choice in a bundle goes through one of these, seeded from the spec and never from the clock. Each
 * child gets its own split stream, so a change in how one child is drawn never shifts the draws of the next.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this(new SplittableRandom(seed));
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream; successive splits of the same dice are themselves deterministic. */
    Dice split() {
        return new Dice(random.split());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    long betweenLong(long min, long max) {
        return random.nextLong(min, max + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    double exponential(double mean) {
        return -mean * Math.log(1.0 - random.nextDouble());
    }

    /** A log-normal draw with the given median: long waits are rare but real. */
    double logNormal(double median, double spread) {
        return median * Math.exp(spread * random.nextGaussian());
    }

    /** One more, with probability {@code again} each time: 0 most often, then 1, and so on up to {@code max}. */
    int geometric(double again, int max) {
        int count = 0;
        while (count < max && chance(again)) {
            count++;
        }
        return count;
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** The items in a random order (Fisher-Yates); the list given is left as it is. */
    <T> List<T> shuffled(List<T> items) {
        List<T> cards = new ArrayList<>(items);
        for (int i = cards.size() - 1; i > 0; i--) {
            int j = between(0, i);
            T card = cards.get(i);
            cards.set(i, cards.get(j));
            cards.set(j, card);
        }
        return cards;
    }

    char oneOf(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}
