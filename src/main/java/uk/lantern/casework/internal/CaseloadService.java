package uk.lantern.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.casework.CaseSummary;
import uk.lantern.casework.CaseloadEntry;
import uk.lantern.casework.CaseloadOverdueItem;
import uk.lantern.casework.CaseloadView;
import uk.lantern.casework.CaseloadWorker;
import uk.lantern.casework.Caseloads;
import uk.lantern.casework.Cases;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.Directory;
import uk.lantern.identity.Role;
import uk.lantern.identity.UserId;

@Service
class CaseloadService implements Caseloads {

    private static final Comparator<CaseloadEntry> OVERDUE_FIRST = Comparator
            .comparing((CaseloadEntry entry) -> entry.overdue().isEmpty())
            .thenComparing(entry -> entry.overdue().isEmpty() ? Instant.MAX : entry.overdue().get(0).dueAt())
            .thenComparing(CaseloadEntry::openedAt);

    private final Cases cases;
    private final CaseloadRepository caseloads;
    private final Directory directory;
    private final Clock clock;

    CaseloadService(Cases cases, CaseloadRepository caseloads, Directory directory, Clock clock) {
        this.cases = cases;
        this.caseloads = caseloads;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CaseloadView caseload(Actor actor) {
        // The work list applies the access policy to every case and logs the read of those it shows.
        List<CaseSummary> open = cases.workList(actor);
        List<UUID> ids = open.stream().map(summary -> summary.id().value()).toList();
        Map<UUID, List<CaseloadOverdueItem>> overdue = new HashMap<>();
        caseloads.overdue(ids, clock.instant()).forEach(found -> overdue
                .computeIfAbsent(found.caseId(), key -> new ArrayList<>()).add(found.item()));
        Map<UUID, UserId> workers = caseloads.workers(ids);
        List<CaseloadEntry> entries = open.stream()
                .map(summary -> new CaseloadEntry(summary.id(), summary.reference(), summary.childNames(),
                        summary.openedAt(), workers.get(summary.id().value()), summary.assignedWorker(),
                        overdue.getOrDefault(summary.id().value(), List.of()).stream()
                                .sorted(Comparator.comparing(CaseloadOverdueItem::dueAt)).toList()))
                .sorted(OVERDUE_FIRST)
                .toList();
        boolean team = actor.can(Capability.ASSIGN_CASES);
        return new CaseloadView(team, entries, team ? loads(actor, entries) : List.of());
    }

    /** Every social worker of the actor's team, even those with no case yet, the busiest first. */
    private List<CaseloadWorker> loads(Actor actor, List<CaseloadEntry> entries) {
        return directory.usersWithRole(actor.agencyId(), Role.SOCIAL_WORKER).stream()
                .map(worker -> {
                    List<CaseloadEntry> theirs = entries.stream().filter(entry -> worker.id().equals(entry.workerId()))
                            .toList();
                    return new CaseloadWorker(worker.id(), worker.displayName(), theirs.size(),
                            theirs.stream().mapToInt(entry -> entry.overdue().size()).sum());
                })
                .sorted(Comparator.comparingInt(CaseloadWorker::openCases).reversed()
                        .thenComparing(CaseloadWorker::displayName))
                .toList();
    }
}
