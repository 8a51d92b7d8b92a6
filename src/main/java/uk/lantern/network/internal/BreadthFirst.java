package uk.lantern.network.internal;

import java.util.Arrays;

/**
 * Breadth-first searches over the links at each subject, for neighbourhoods and shortest paths on networks of any
 * size. A search marks the subjects it reaches in arrays kept per thread and told apart by a search number, so a query
 * touching a few hundred subjects of a million costs a few hundred steps, not the clearing of a million-entry array.
 */
public final class BreadthFirst {

    private final Incidence incidence;
    private final ThreadLocal<Marks> marks;

    public BreadthFirst(Incidence incidence) {
        this.incidence = incidence;
        this.marks = ThreadLocal.withInitial(() -> new Marks(incidence.subjects()));
    }

    /** The subjects within {@code hops} of the centre, nearest first, and the links of the neighbourhood. */
    public record Ball(int[] subjects, int[] links) {
    }

    /**
     * Every subject within {@code hops} links of the centre and every link from a subject fewer than {@code hops} away
     * to one within {@code hops}: all the links among the neighbourhood except those joining two subjects on its rim.
     */
    public Ball ball(int centre, int hops) {
        Marks seen = marks.get().next();
        IntList reached = new IntList();
        IntList links = new IntList();
        seen.set(centre, 0);
        reached.add(centre);
        for (int head = 0; head < reached.size(); head++) {
            int v = reached.get(head);
            int distance = seen.value(v);
            if (distance == hops) {
                continue;
            }
            for (int slot = incidence.first(v); slot < incidence.end(v); slot++) {
                int link = incidence.link(slot);
                int w = incidence.across(link, v);
                if (!seen.has(w)) {
                    seen.set(w, distance + 1);
                    reached.add(w);
                }
                // A link between two inner subjects is met from both ends; keep it once, from the lower-numbered one.
                if (seen.value(w) == hops || v < w) {
                    links.add(link);
                }
            }
        }
        return new Ball(reached.toArray(), links.toArray());
    }

    /** The subjects along a shortest path, both ends included; empty when the two are not connected. */
    public int[] path(int from, int to) {
        Marks parent = marks.get().next();
        IntList queue = new IntList();
        parent.set(from, from);
        queue.add(from);
        for (int head = 0; head < queue.size() && !parent.has(to); head++) {
            int v = queue.get(head);
            for (int slot = incidence.first(v); slot < incidence.end(v); slot++) {
                int w = incidence.across(incidence.link(slot), v);
                if (!parent.has(w)) {
                    parent.set(w, v);
                    queue.add(w);
                }
            }
        }
        if (!parent.has(to)) {
            return new int[0];
        }
        IntList backwards = new IntList();
        for (int v = to; v != from; v = parent.value(v)) {
            backwards.add(v);
        }
        backwards.add(from);
        int[] path = backwards.toArray();
        for (int i = 0, j = path.length - 1; i < j; i++, j--) {
            int swap = path[i];
            path[i] = path[j];
            path[j] = swap;
        }
        return path;
    }

    /** A value per subject, valid only where stamped with the current search's number. */
    private static final class Marks {

        private final int[] stamp;
        private final int[] value;
        private int search;

        Marks(int size) {
            stamp = new int[size];
            value = new int[size];
        }

        Marks next() {
            if (++search == Integer.MAX_VALUE) {
                Arrays.fill(stamp, 0);
                search = 1;
            }
            return this;
        }

        boolean has(int v) {
            return stamp[v] == search;
        }

        void set(int v, int what) {
            stamp[v] = search;
            value[v] = what;
        }

        int value(int v) {
            return value[v];
        }
    }

    /** A growable list of ints without boxing. */
    private static final class IntList {

        private int[] items = new int[16];
        private int size;

        void add(int item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        int get(int index) {
            return items[index];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
