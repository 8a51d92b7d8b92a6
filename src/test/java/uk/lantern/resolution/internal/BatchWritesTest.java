package uk.lantern.resolution.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.lantern.resolution.ClusterLink;
import uk.lantern.resolution.ClusterLink.LinkReason;

import static org.assertj.core.api.Assertions.assertThat;

class BatchWritesTest {

    private static ClusterLink link(String one, String other, double probability) {
        return new ClusterLink(one, other, LinkReason.MATCH, probability, null, 0);
    }

    @Test
    void onlyRecordsWhoseIdentityChangedAndLinksThatDifferAreWritten() {
        Map<String, String> before = Map.of("a", "a", "b", "a", "c", "c", "d", "d");
        Map<String, String> after = Map.of("a", "a", "b", "a", "c", "a", "d", "d");
        List<ClusterLink> stored = List.of(link("a", "b", 0.99));
        List<ClusterLink> links = List.of(link("a", "b", 0.99), link("b", "c", 0.97));

        List<BatchWrites.Part> parts = BatchWrites.plan(before, after, stored, links, 100);

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.identities()).containsExactly(Map.entry("c", "a"));
            assertThat(part.addedLinks()).containsExactly(link("b", "c", 0.97));
            assertThat(part.removedLinks()).isEmpty();
        });
        assertThat(BatchWrites.plan(after, after, links, links, 100)).as("nothing changed, nothing written").isEmpty();
    }

    /**
     * Applying the parts one at a time, after every part each identity touched so far must be exactly as the run
     * found it and every other exactly as it was: no reader ever sees an identity half written.
     */
    @Test
    void everyPartLeavesEachIdentityWhole() {
        Map<String, String> before = new HashMap<>();
        Map<String, String> after = new HashMap<>();
        // Twenty households of three: in each, the first two people's identities merge, a record moves back from the
        // second to the first, and the third person's identity splits in two.
        for (int person = 0; person < 60; person++) {
            int first = person - person % 3;
            for (int record = 0; record < 3; record++) {
                String id = "r" + person + "-" + record;
                before.put(id, "i" + (person == first && record == 2 ? person + 1 : person));
                after.put(id, person % 3 == 2 ? (record == 0 ? "i" + person : "n" + person) : "i" + first);
            }
        }

        List<BatchWrites.Part> parts = BatchWrites.plan(before, after, List.of(), List.of(), 7);

        assertThat(parts).hasSizeGreaterThan(2);
        Map<String, String> stored = new HashMap<>(before);
        for (BatchWrites.Part part : parts) {
            stored.putAll(part.identities());
            Set<String> identities = new HashSet<>(before.values());
            identities.addAll(after.values());
            for (String identity : identities) {
                assertThat(membersOf(stored, identity)).as("identity %s after a part", identity)
                        .satisfiesAnyOf(members -> assertThat(members).isEqualTo(membersOf(before, identity)),
                                members -> assertThat(members).isEqualTo(membersOf(after, identity)));
            }
        }
        assertThat(stored).isEqualTo(after);
    }

    private static List<String> membersOf(Map<String, String> identities, String identity) {
        return identities.entrySet().stream().filter(entry -> entry.getValue().equals(identity))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
