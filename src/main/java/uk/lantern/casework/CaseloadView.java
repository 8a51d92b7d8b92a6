package uk.lantern.casework;

import java.util.List;

/**
 * A caseload: a worker's own open cases, or for those who allocate cases, their team's, with the cases that have
 * overdue items first (the longest overdue at the top), and for a team, each social worker's load.
 *
 * @param team whether this is a team's caseload (the viewer allocates cases) rather than one worker's
 * @param workers the team's social workers with their loads, busiest first; empty for one worker's caseload
 */
public record CaseloadView(boolean team, List<CaseloadEntry> cases, List<CaseloadWorker> workers) {

    public long overdueItems() {
        return cases.stream().mapToLong(entry -> entry.overdue().size()).sum();
    }

    public long unallocated() {
        return cases.stream().filter(entry -> entry.workerName() == null).count();
    }
}
