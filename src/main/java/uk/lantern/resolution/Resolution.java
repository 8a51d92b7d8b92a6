package uk.lantern.resolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

/**
 * The outcome of resolving a set of records: which cluster (person) each record belongs to, the pairs that wait for
 * an analyst, and what happened to existing clusters.
 *
 * <p>Cluster ids are stable: a batch names each cluster after the smallest record id in it; an incremental run
 * keeps the id of every existing cluster that survives, and when it joins existing clusters the largest one's id
 * survives and each joined one is listed in {@link #merges()}.
 *
 * @param records every record resolved, existing and new
 * @param clusterOf the cluster id of each record id
 * @param reviewQueue the pairs between the review and the match threshold on which no analyst has decided
 * @param merges existing clusters absorbed into others (incremental runs only)
 * @param conflicts accepted pairs that were not applied because they would have put a rejected pair in one cluster
 * @param links the joins this run made, each named by the pair that made it (clusters kept from before are not
 *     joined again, so an incremental run lists only its new joins)
 */
public record Resolution(List<PersonRecord> records, Map<String, String> clusterOf, List<ScoredPair> reviewQueue,
        List<ClusterMerge> merges, List<RecordPair> conflicts, List<ClusterLink> links) {

    public Resolution {
        records = List.copyOf(records);
        clusterOf = Map.copyOf(clusterOf);
        reviewQueue = List.copyOf(reviewQueue);
        merges = List.copyOf(merges);
        conflicts = List.copyOf(conflicts);
        links = List.copyOf(links);
    }

    /** The record ids of each cluster, clusters in id order, records in input order. */
    public Map<String, List<String>> clusters() {
        Map<String, List<String>> members = new TreeMap<>();
        for (PersonRecord record : records) {
            members.computeIfAbsent(clusterOf.get(record.id()), id -> new ArrayList<>()).add(record.id());
        }
        return new LinkedHashMap<>(members);
    }
}
