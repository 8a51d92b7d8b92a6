package uk.lantern.network.internal;

/** Labels each subject with its connected network by breadth-first search; labels are numbered from 0. */
public final class ConnectedComponents {

    private ConnectedComponents() {
    }

    public static int[] label(CompactGraph graph) {
        int size = graph.size();
        int[] label = new int[size];
        java.util.Arrays.fill(label, -1);
        int[] queue = new int[size];
        int next = 0;
        for (int root = 0; root < size; root++) {
            if (label[root] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            label[root] = next;
            while (head < tail) {
                int v = queue[head++];
                for (int slot = graph.first(v); slot < graph.end(v); slot++) {
                    int w = graph.neighbour(slot);
                    if (label[w] < 0) {
                        label[w] = next;
                        queue[tail++] = w;
                    }
                }
            }
            next++;
        }
        return label;
    }
}
