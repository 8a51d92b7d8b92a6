package uk.lantern.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.lantern.network.internal.CompactGraph;
import uk.lantern.network.internal.Louvain;

/** A division of a network's subjects into groups: its connected networks, or its communities. Groups number from 0. */
public final class Partition {

    private final NetworkGraph graph;
    private final CompactGraph compact;
    private final int[] group;
    private final int count;

    Partition(NetworkGraph graph, CompactGraph compact, int[] group) {
        this.graph = graph;
        this.compact = compact;
        this.group = group;
        int highest = -1;
        for (int g : group) {
            highest = Math.max(highest, g);
        }
        this.count = highest + 1;
    }

    /** How many groups there are. */
    public int count() {
        return count;
    }

    public int groupOf(SubjectId subject) {
        return group[graph.position(subject)];
    }

    /** Every group's subjects, largest group first. */
    public List<List<SubjectId>> groups() {
        List<List<SubjectId>> groups = new ArrayList<>(count);
        for (int g = 0; g < count; g++) {
            groups.add(new ArrayList<>());
        }
        for (int v = 0; v < group.length; v++) {
            groups.get(group[v]).add(graph.subjects().get(v).id());
        }
        groups.sort(Comparator.comparingInt((List<SubjectId> members) -> members.size()).reversed());
        return groups.stream().map(List::copyOf).toList();
    }

    int[] byPosition() {
        return group;
    }

    /**
     * Newman's modularity: the share of links inside groups beyond what chance would give, from about -0.5 to 1; good
     * community structure scores above 0.3.
     */
    public double modularity() {
        return Louvain.modularity(compact, group);
    }
}
