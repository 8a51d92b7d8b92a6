package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.List;

/** A fixed distribution over a few items; weights need not add up to one. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    static <T> Weighted<T> of(T item, double weight) {
        return Weighted.<T>builder().add(item, weight).build();
    }

    static <T> Weighted<T> of(T first, double firstWeight, T second, double secondWeight) {
        return Weighted.<T>builder().add(first, firstWeight).add(second, secondWeight).build();
    }

    T pick(Dice dice) {
        double target = dice.unit() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (target < cumulative[i]) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    List<T> items() {
        return items;
    }

    static final class Builder<T> {

        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight for " + item);
            }
            if (weight > 0) {
                items.add(item);
                weights.add(weight);
            }
            return this;
        }

        Weighted<T> build() {
            if (items.isEmpty()) {
                throw new IllegalStateException("a distribution needs at least one item with a weight");
            }
            double[] cumulative = new double[weights.size()];
            double total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += weights.get(i);
                cumulative[i] = total;
            }
            return new Weighted<>(List.copyOf(items), cumulative);
        }
    }
}
