package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import uk.lantern.resolution.ClusterLink;

/**
 * What a batch run changes, cut into parts that are each written in a short transaction of their own, so that no part
 * leaves an identity half written.
 *
 * <p>Only what changed is written: the records whose identity changed, and the links that are new or gone. The parts
 * follow the identities: two identities are in one part when a record moves from one to the other, so every
 * identity that a part touches is, once the part commits, exactly as the run found it, and before it exactly as it
 * was. A reader between two parts sees some identities as the run left them and the others as they were, each one
 * whole.
 */
final class BatchWrites {

    /**
     * One part.
     *
     * @param identities the new identity of each record whose identity changed
     * @param removedLinks links the run no longer makes
     * @param addedLinks links the run makes that were not stored as they are
     */
    record Part(Map<String, String> identities, List<ClusterLink> removedLinks, List<ClusterLink> addedLinks) {

        int size() {
            return identities.size() + removedLinks.size() + addedLinks.size();
        }
    }

    private BatchWrites() {
    }

    /**
     * @param before each record's stored identity
     * @param after each record's identity as the run found it
     * @param storedLinks the kind's links as stored
     * @param links the run's links
     * @param partSize the rows a part may hold; a part holds at least one group of identities, however large
     */
    static List<Part> plan(Map<String, String> before, Map<String, String> after, List<ClusterLink> storedLinks,
                           List<ClusterLink> links, int partSize) {
        Groups groups = new Groups();
        Map<String, Map<String, String>> moves = new HashMap<>();
        Map<String, List<ClusterLink>> removed = new HashMap<>();
        Map<String, List<ClusterLink>> added = new HashMap<>();
        List<String[]> moved = new ArrayList<>();
        after.forEach((record, identity) -> {
            String was = before.get(record);
            if (!identity.equals(was)) {
                groups.join(identity, was);
                moved.add(new String[] {record, identity});
            }
        });
        Set<ClusterLink> kept = new HashSet<>(links);
        Set<ClusterLink> stored = new HashSet<>(storedLinks);
        for (ClusterLink link : storedLinks) {
            if (!kept.contains(link)) {
                String identity = Objects.requireNonNullElse(before.get(link.firstRecord()), link.firstRecord());
                groups.join(identity, null);
                removed.computeIfAbsent(identity, key -> new ArrayList<>()).add(link);
            }
        }
        for (ClusterLink link : links) {
            if (!stored.contains(link)) {
                String identity = after.get(link.firstRecord());
                groups.join(identity, null);
                added.computeIfAbsent(identity, key -> new ArrayList<>()).add(link);
            }
        }
        for (String[] move : moved) {
            moves.computeIfAbsent(groups.root(move[1]), key -> new LinkedHashMap<>()).put(move[0], move[1]);
        }
        Map<String, Part> byGroup = new TreeMap<>();
        removed.forEach((identity, gone) -> part(byGroup, groups.root(identity)).removedLinks().addAll(gone));
        added.forEach((identity, made) -> part(byGroup, groups.root(identity)).addedLinks().addAll(made));
        moves.forEach((root, records) -> part(byGroup, root).identities().putAll(records));
        return pack(byGroup.values(), partSize);
    }

    private static Part part(Map<String, Part> byGroup, String root) {
        return byGroup.computeIfAbsent(root, key -> new Part(new LinkedHashMap<>(), new ArrayList<>(),
                new ArrayList<>()));
    }

    /** Puts whole groups together into parts of about {@code partSize} rows. */
    private static List<Part> pack(Iterable<Part> groups, int partSize) {
        List<Part> parts = new ArrayList<>();
        Part current = null;
        for (Part group : groups) {
            if (current == null || current.size() + group.size() > partSize && current.size() > 0) {
                current = new Part(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
                parts.add(current);
            }
            current.identities().putAll(group.identities());
            current.removedLinks().addAll(group.removedLinks());
            current.addedLinks().addAll(group.addedLinks());
        }
        return parts;
    }

    /** Identities joined into groups, union–find over their ids. */
    private static final class Groups {

        private final Map<String, String> parent = new HashMap<>();

        void join(String identity, String other) {
            String root = root(identity);
            if (other != null) {
                String otherRoot = root(other);
                if (!otherRoot.equals(root)) {
                    // The smaller id leads, so the same changes always make the same parts.
                    if (otherRoot.compareTo(root) < 0) {
                        parent.put(root, otherRoot);
                    } else {
                        parent.put(otherRoot, root);
                    }
                }
            }
        }

        String root(String identity) {
            String at = identity;
            String up;
            while ((up = parent.get(at)) != null && !up.equals(at)) {
                String grand = parent.get(up);
                if (grand != null) {
                    parent.put(at, grand);
                }
                at = up;
            }
            return at;
        }
    }
}
