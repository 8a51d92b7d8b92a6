package uk.lantern.network.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds the groups that show the group-based exploitation pattern: two or more suspects and two or more children in
 * one group. A group is a connected network; a network larger than {@link #LARGE_NETWORK} subjects is held together
 * mostly by places and people everyone passes through (a busy takeaway, a taxi office), so there each of its Louvain
 * communities is a group instead. Every subject of a group belongs to it: nothing is cut to a size.
 */
public final class DossierGroups {

    /** Connected networks larger than this are split into their communities. */
    public static final int LARGE_NETWORK = 10_000;

    private DossierGroups() {
    }

    /** A group showing the pattern, and the size of the connected network it is part of. */
    public record Group(int[] members, int networkSize) {
    }

    /**
     * @param suspect whether each subject is a suspect
     * @param child whether each subject is a child
     * @param network each subject's connected network
     * @param communities each subject's community, asked for only when some network is large
     */
    public static List<Group> find(boolean[] suspect, boolean[] child, int[] network, Supplier<int[]> communities) {
        int size = network.length;
        int[] networkSize = sizes(network);
        boolean anyLarge = false;
        for (int count : networkSize) {
            anyLarge |= count > LARGE_NETWORK;
        }
        int[] group = network;
        if (anyLarge) {
            int[] community = communities.get();
            // Communities never span two networks, so their numbers can stand in for a large network's.
            int offset = networkSize.length;
            group = new int[size];
            for (int v = 0; v < size; v++) {
                group[v] = networkSize[network[v]] > LARGE_NETWORK ? offset + community[v] : network[v];
            }
        }
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        int[] suspects = new int[groups];
        int[] children = new int[groups];
        int[] members = new int[groups];
        for (int v = 0; v < size; v++) {
            members[group[v]]++;
            suspects[group[v]] += suspect[v] ? 1 : 0;
            children[group[v]] += child[v] ? 1 : 0;
        }
        int[][] found = new int[groups][];
        int[] filled = new int[groups];
        for (int v = 0; v < size; v++) {
            int g = group[v];
            if (suspects[g] >= 2 && children[g] >= 2) {
                if (found[g] == null) {
                    found[g] = new int[members[g]];
                }
                found[g][filled[g]++] = v;
            }
        }
        List<Group> result = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (found[g] != null) {
                result.add(new Group(found[g], networkSize[network[found[g][0]]]));
            }
        }
        return result;
    }

    private static int[] sizes(int[] label) {
        int count = 0;
        for (int l : label) {
            count = Math.max(count, l + 1);
        }
        int[] sizes = new int[count];
        for (int l : label) {
            sizes[l]++;
        }
        return sizes;
    }
}
