package uk.lantern.resolution;

/**
 * One reason a cluster holds together: a join that a run made, named by the pair of records whose link made it. The
 * links of a cluster connect all its records, so together they say why the records are one person.
 *
 * @param firstRecord the record id that sorts first
 * @param secondRecord the other record id
 * @param reason what made the join
 * @param probability the pair's match probability when the join was made
 * @param meanCrossWeight for a join of clusters: the mean weight of the pairs across them; otherwise null
 * @param crossPairs for a join of clusters: how many pairs across them were scored for that mean; otherwise 0
 */
public record ClusterLink(String firstRecord, String secondRecord, LinkReason reason, double probability,
        Double meanCrossWeight, int crossPairs) {

    public ClusterLink {
        if (firstRecord.compareTo(secondRecord) > 0) {
            String swap = firstRecord;
            firstRecord = secondRecord;
            secondRecord = swap;
        }
    }

    /** What made a join. */
    public enum LinkReason {
        /** Two single records whose pair scored as a match. */
        MATCH,
        /** Clusters joined on a matching pair, their records agreeing on average and differing on nothing decisive. */
        CLUSTERS_AGREE,
        /** An analyst accepted the pair, or merged the two records' identities. */
        ACCEPTED
    }
}
