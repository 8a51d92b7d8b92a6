package uk.lantern.casework;

import uk.lantern.identity.Actor;

/**
 * Caseload dashboards. A worker sees their own open cases; those who allocate cases (managers and the front door) see
 * the open cases of their area they may read, and their team's social workers. Showing a caseload is logged as a read
 * of every case it names, as the work list is. Allocation itself is {@link Cases#assign}.
 */
public interface Caseloads {

    CaseloadView caseload(Actor actor);
}
