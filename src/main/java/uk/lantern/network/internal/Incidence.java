package uk.lantern.network.internal;

/**
 * The links at each subject, as arrays: subjects and links are numbered by their position in the graph, and the links
 * at subject {@code s} are {@code links[start[s]]} to {@code links[start[s + 1] - 1]}. A link between subjects
 * {@code a} and {@code b} is listed at both. This is what makes a neighbourhood or a path on a million subjects a
 * matter of milliseconds.
 */
public final class Incidence {

    private final int[] start;
    private final int[] links;
    private final int[] ends;

    private Incidence(int[] start, int[] links, int[] ends) {
        this.start = start;
        this.links = links;
        this.ends = ends;
    }

    /**
     * @param subjects how many subjects there are
     * @param ends for link {@code k}, its two subjects' positions at {@code 2k} and {@code 2k + 1}
     */
    public static Incidence of(int subjects, int[] ends) {
        int[] start = new int[subjects + 1];
        for (int end : ends) {
            start[end + 1]++;
        }
        for (int s = 0; s < subjects; s++) {
            start[s + 1] += start[s];
        }
        int[] next = java.util.Arrays.copyOf(start, subjects);
        int[] links = new int[ends.length];
        for (int slot = 0; slot < ends.length; slot++) {
            links[next[ends[slot]]++] = slot >>> 1;
        }
        return new Incidence(start, links, ends);
    }

    public int subjects() {
        return start.length - 1;
    }

    public int linkCount() {
        return ends.length / 2;
    }

    public int first(int subject) {
        return start[subject];
    }

    public int end(int subject) {
        return start[subject + 1];
    }

    /** The link in slot {@code slot} of the incidence list. */
    public int link(int slot) {
        return links[slot];
    }

    /** The subject at the other end of {@code link} from {@code subject}. */
    public int across(int link, int subject) {
        int a = ends[2 * link];
        return a == subject ? ends[2 * link + 1] : a;
    }

    public int from(int link) {
        return ends[2 * link];
    }

    public int to(int link) {
        return ends[2 * link + 1];
    }
}
