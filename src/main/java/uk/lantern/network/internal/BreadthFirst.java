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
    private final ThreadLocal<Marks> otherMarks;

    public BreadthFirst(Incidence incidence) {
        this.incidence = incidence;
        this.marks = ThreadLocal.withInitial(() -> new Marks(incidence.subjects()));
        this.otherMarks = ThreadLocal.withInitial(() -> new Marks(incidence.subjects()));
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

    /**
     * The subjects along a shortest path, both ends included; empty when the two are not connected. The search grows
     * from both ends, a level at a time, always on the side with the smaller frontier, and stops where they meet: on a
     * large network with hubs that visits a few thousand subjects where a search from one end would visit most of them.
     * The first meeting gives a shortest path: a subject that one side's level reaches in the other's search lies on
     * the other's newest level, since anything the other had already expanded would have reached this side earlier.
     */
    public int[] path(int from, int to) {
        Marks fromSide = marks.get().next();
        Marks toSide = otherMarks.get().next();
        fromSide.set(from, from);
        toSide.set(to, to);
        IntList fromFrontier = IntList.of(from);
        IntList toFrontier = IntList.of(to);
        int meeting = from == to ? from : -1;
        while (meeting < 0 && fromFrontier.size() > 0 && toFrontier.size() > 0) {
            if (fromFrontier.size() <= toFrontier.size()) {
                fromFrontier = expand(fromFrontier, fromSide, toSide);
                meeting = fromFrontier.meeting;
            } else {
                toFrontier = expand(toFrontier, toSide, fromSide);
                meeting = toFrontier.meeting;
            }
        }
        if (meeting < 0) {
            return new int[0];
        }
        IntList path = new IntList();
        for (int v = meeting; v != from; v = fromSide.value(v)) {
            path.add(v);
        }
        path.add(from);
        int[] reversed = path.toArray();
        IntList ordered = new IntList();
        for (int i = reversed.length - 1; i >= 0; i--) {
            ordered.add(reversed[i]);
        }
        for (int v = meeting; v != to; ) {
            v = toSide.value(v);
            ordered.add(v);
        }
        return ordered.toArray();
    }

    /** The next level of one side's search, noting the first subject the other side has already reached. */
    private IntList expand(IntList frontier, Marks mine, Marks theirs) {
        IntList next = new IntList();
        for (int i = 0; i < frontier.size(); i++) {
            int v = frontier.get(i);
            for (int slot = incidence.first(v); slot < incidence.end(v); slot++) {
                int w = incidence.across(incidence.link(slot), v);
                if (!mine.has(w)) {
                    mine.set(w, v);
                    next.add(w);
                    if (theirs.has(w)) {
                        next.meeting = w;
                        return next;
                    }
                }
            }
        }
        return next;
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

    /** A growable list of ints without boxing; as a search frontier, it also notes where the two searches met. */
    private static final class IntList {

        private int[] items = new int[16];
        private int size;
        private int meeting = -1;

        static IntList of(int item) {
            IntList list = new IntList();
            list.add(item);
            return list;
        }

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
