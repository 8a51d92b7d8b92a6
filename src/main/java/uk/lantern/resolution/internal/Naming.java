package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.lantern.resolution.ClusterMerge;

/**
 * Gives each cluster of a run its id. A cluster with no existing identity is named after its smallest record id, so
 * a batch run names clusters the same way every time. A cluster that holds existing identities keeps the id of the
 * largest (the smallest id on a tie); the others are reported as merged into it.
 */
record Naming(Map<String, String> clusterOf, List<ClusterMerge> merges) {

    static Naming of(Clustering clustering, RecordTable table, int firstNew, Map<String, String> existingClusters) {
        Map<Integer, Map<String, Integer>> existingByRoot = new HashMap<>();
        Map<Integer, String> smallestIdByRoot = new HashMap<>();
        for (int record = 0; record < table.size(); record++) {
            int root = clustering.find(record);
            String existing = record < firstNew ? existingClusters.get(table.id(record)) : null;
            if (existing != null) {
                existingByRoot.computeIfAbsent(root, key -> new HashMap<>()).merge(existing, 1, Integer::sum);
            }
            smallestIdByRoot.merge(root, table.id(record), (one, other) -> one.compareTo(other) <= 0 ? one : other);
        }
        Map<Integer, String> nameByRoot = new HashMap<>(smallestIdByRoot);
        List<ClusterMerge> merges = new ArrayList<>();
        existingByRoot.forEach((root, existing) -> {
            String survivor = existing.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .findFirst().orElseThrow().getKey();
            nameByRoot.put(root, survivor);
            existing.keySet().stream().filter(id -> !id.equals(survivor)).sorted()
                    .forEach(absorbed -> merges.add(new ClusterMerge(absorbed, survivor)));
        });
        Map<String, String> clusterOf = new HashMap<>(table.size() * 2);
        for (int record = 0; record < table.size(); record++) {
            clusterOf.put(table.id(record), nameByRoot.get(clustering.find(record)));
        }
        return new Naming(clusterOf, merges);
    }
}
