package uk.lantern.demo.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseSummary;
import uk.lantern.casework.Cases;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.UserView;

/**
 * Gives the demo social worker a caseload, as a team that has been running would have: the demo manager allocates
 * the team's open cases to them through the same service a manager uses, leaving every fourth case waiting, so that
 * the manager's allocation can be tried too.
 */
@Component
class DemoCaseload {

    static final String MANAGER = "manager";
    static final String SOCIAL_WORKER = "socialworker";

    private final Directory directory;
    private final Cases cases;

    DemoCaseload(Directory directory, Cases cases) {
        this.directory = directory;
        this.cases = cases;
    }

    /** The team's open cases now, so that the town's cases can be told from any already there. */
    Set<CaseId> teamCases() {
        return cases.workList(manager()).stream().map(CaseSummary::id).collect(Collectors.toSet());
    }

    /** Allocates the team's unallocated open cases that were not open {@code before}; returns how many. */
    int allocateNew(Set<CaseId> before) {
        Actor manager = manager();
        UserView worker = directory.userNamed(SOCIAL_WORKER).orElseThrow();
        List<CaseSummary> waiting = cases.workList(manager).stream()
                .filter(summary -> summary.assignedWorker() == null && !before.contains(summary.id())).toList();
        int allocated = 0;
        for (int i = 0; i < waiting.size(); i++) {
            if (i % 4 == 3) {
                continue;
            }
            try {
                cases.assign(manager, waiting.get(i).id(), worker.id());
                allocated++;
            } catch (InvalidInputException anotherTeams) {
                // A case of the area that another team owns is not this manager's to allocate.
            }
        }
        return allocated;
    }

    private Actor manager() {
        return actor(directory.userNamed(MANAGER).orElseThrow());
    }

    private Actor actor(UserView user) {
        AgencyView agency = directory.agency(user.agencyId()).orElseThrow();
        return new Actor(user.id(), user.username(), user.displayName(), agency.id(), agency.name(), agency.type(),
                agency.areaCode(), user.roles());
    }
}
