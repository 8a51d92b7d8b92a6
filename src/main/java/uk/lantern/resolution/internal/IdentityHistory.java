package uk.lantern.resolution.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.IdentityChange;
import uk.lantern.resolution.internal.IdentityRepository.PairRow;

/**
 * The ledger entries about an identity, newest first: merges and unmerges of its records (each about the record an
 * analyst acted on), and decisions on pairs that touch them. A record taken out is reached through the pair rejected
 * between it and the records that stayed, so the identity that remains still shows the unmerge.
 */
@Component
class IdentityHistory {

    private static final Set<String> CHANGES = Set.of("IDENTITY_MERGED", "IDENTITY_UNMERGED", "MATCH_ACCEPTED",
            "MATCH_REJECTED");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Ledger ledger;
    private final IdentityRepository identities;

    IdentityHistory(Ledger ledger, IdentityRepository identities) {
        this.ledger = ledger;
        this.identities = identities;
    }

    List<IdentityChange> of(RecordKind kind, String identity, Collection<UUID> members) {
        Set<List<String>> subjects = new LinkedHashSet<>();
        subjects.add(List.of(kind.name(), identity));
        members.forEach(member -> subjects.add(List.of(kind.name(), member.toString())));
        for (PairRow pair : identities.decidedPairsTouching(kind, members)) {
            subjects.add(List.of(IdentityService.PAIR, pair.id().toString()));
            subjects.add(List.of(kind.name(), pair.first().toString()));
            subjects.add(List.of(kind.name(), pair.second().toString()));
        }
        // By entry id, newest first: an entry about several of the subjects appears once.
        Map<Long, IdentityChange> changes = new TreeMap<>(Comparator.reverseOrder());
        for (List<String> subject : subjects) {
            for (LedgerEntryView entry : ledger.entriesAbout(subject.get(0), subject.get(1))) {
                if (CHANGES.contains(entry.action())) {
                    changes.put(entry.id(), change(entry));
                }
            }
        }
        return List.copyOf(changes.values());
    }

    private static IdentityChange change(LedgerEntryView entry) {
        JsonNode payload = JSON.readTree(entry.payload());
        return new IdentityChange(entry.sequence(), entry.action(), entry.actor(), entry.agency(), entry.recordedAt(),
                payload.path("reason").asString(null));
    }
}
