package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import uk.lantern.identity.Actor;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.MatchPriority;
import uk.lantern.resolution.NetworkSuspects;
import uk.lantern.resolution.internal.IdentityRepository.PairRow;

/**
 * Orders the review queue by what a decision would change: first a pair that would join a suspect in a network the
 * viewer may see to another identity, then a pair that would link a child's records held by agencies with none in
 * common, then every other pair; within each, the most likely first.
 */
@Component
class ReviewPriorities {

    /** A pair with where it stands and why. */
    record Prioritised(PairRow pair, MatchPriority priority, String detail) {
    }

    private static final Comparator<Prioritised> MOST_CHANGE_FIRST = Comparator
            .comparing(Prioritised::priority)
            .thenComparing(Comparator.comparingDouble((Prioritised item) -> item.pair().probability()).reversed())
            .thenComparing(item -> item.pair().id());

    private final IdentityRepository identities;
    /** Looked up when needed: the network module's implementation itself depends on resolution's identities. */
    private final ObjectProvider<NetworkSuspects> networks;

    ReviewPriorities(IdentityRepository identities, ObjectProvider<NetworkSuspects> networks) {
        this.identities = identities;
        this.networks = networks;
    }

    List<Prioritised> order(Actor viewer, RecordKind kind, List<PairRow> pairs, Map<UUID, ProtectedRecord> records) {
        Map<String, String> dossierOfSuspect = kind == RecordKind.PERSON ? suspects(viewer) : Map.of();
        Map<UUID, String> identityOf = dossierOfSuspect.isEmpty() ? Map.of() : identities.identitiesOf(kind,
                pairs.stream().flatMap(pair -> Stream.of(pair.first(), pair.second())).toList());
        Map<UUID, String> askedBy = identities.requesters(pairs.stream().map(PairRow::id).toList());
        List<Prioritised> ordered = new ArrayList<>();
        for (PairRow pair : pairs) {
            String first = identityOf.getOrDefault(pair.first(), pair.first().toString());
            String second = identityOf.getOrDefault(pair.second(), pair.second().toString());
            String dossier = first.equals(second) ? null
                    : dossierOfSuspect.getOrDefault(first, dossierOfSuspect.get(second));
            if (dossier != null) {
                ordered.add(new Prioritised(pair, MatchPriority.SUSPECT_IN_NETWORK, "Network " + dossier));
            } else if (askedBy.containsKey(pair.id())) {
                ordered.add(new Prioritised(pair, MatchPriority.ASKED_BY_PRACTITIONER, "Asked by "
                        + askedBy.get(pair.id())));
            } else if (kind == RecordKind.CHILD && heldApart(records.get(pair.first()), records.get(pair.second()))) {
                ordered.add(new Prioritised(pair, MatchPriority.CHILD_ACROSS_AGENCIES, null));
            } else {
                ordered.add(new Prioritised(pair, MatchPriority.PROBABILITY, null));
            }
        }
        ordered.sort(MOST_CHANGE_FIRST);
        return ordered;
    }

    private Map<String, String> suspects(Actor viewer) {
        Map<String, String> dossierOf = new HashMap<>();
        networks.orderedStream().forEach(network -> network.dossierOfEachSuspect(viewer)
                .forEach(dossierOf::putIfAbsent));
        return dossierOf;
    }

    private static boolean heldApart(ProtectedRecord one, ProtectedRecord other) {
        return one != null && other != null && Collections.disjoint(one.agencyIds(), other.agencyIds());
    }
}
