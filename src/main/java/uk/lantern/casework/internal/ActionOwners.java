package uk.lantern.casework.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.lantern.area.Areas;
import uk.lantern.casework.ActionOwner;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.identity.Operation;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.UserId;
import uk.lantern.identity.UserView;

/**
 * Who may own an action on a case: every enabled user the access policy lets read the case, so that whoever is
 * named can open the case the action belongs to (the team's managers and front door, the allocated worker, and the
 * police of the area, say). The owning team comes first, then other agencies, each by name.
 */
@Component
class ActionOwners {

    private final Directory directory;
    private final AccessPolicy accessPolicy;
    private final Areas areas;

    ActionOwners(Directory directory, AccessPolicy accessPolicy, Areas areas) {
        this.directory = directory;
        this.accessPolicy = accessPolicy;
        this.areas = areas;
    }

    List<ActionOwner> of(CaseRepository.StoredCase stored) {
        ProtectedRecord record = CaseAccess.protectedRecord(stored);
        Map<AgencyId, AgencyView> agencies = directory.agencies().stream()
                .collect(Collectors.toMap(AgencyView::id, Function.identity()));
        // Only users in the case's area, or assigned to it, can be allowed; asking the policy about the rest of
        // the country would cost a grant lookup each for nothing.
        return directory.users().stream()
                .filter(UserView::enabled)
                .filter(user -> user.id().equals(stored.assignedWorker())
                        || areas.covers(user.areaCode(), stored.areaCode()))
                .filter(user -> accessPolicy.decide(actorOf(user, agencies.get(user.agencyId())), Operation.READ,
                        record).allowed())
                .sorted(Comparator.comparing((UserView user) -> !user.agencyId().equals(stored.owningAgency()))
                        .thenComparing(UserView::agencyName).thenComparing(UserView::displayName))
                .map(user -> new ActionOwner(user.id(), user.displayName(), user.agencyName()))
                .toList();
    }

    Optional<ActionOwner> find(CaseRepository.StoredCase stored, UserId owner) {
        return of(stored).stream().filter(candidate -> candidate.id().equals(owner)).findFirst();
    }

    private static Actor actorOf(UserView user, AgencyView agency) {
        return new Actor(user.id(), user.username(), user.displayName(), agency.id(), agency.name(), agency.type(),
                agency.areaCode(), user.roles());
    }
}
