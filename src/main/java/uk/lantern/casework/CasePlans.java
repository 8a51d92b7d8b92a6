package uk.lantern.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.lantern.identity.Actor;

/**
 * A case's plans: a child protection plan or a safety plan, reviewed on dates the worker sets and ended with a reason.
 * A case has at most one active plan of each kind. Each change is recorded in the ledger in the same transaction.
 */
public interface CasePlans {

    CasePlanView start(Actor worker, CaseId id, String kind, String summary, LocalDate startedOn,
                       LocalDate firstReviewOn);

    /** Records a review; {@code nextReviewOn} is required while the plan continues. */
    CasePlanView review(Actor worker, CaseId id, UUID planId, LocalDate heldOn, String summary,
                        LocalDate nextReviewOn);

    CasePlanView end(Actor worker, CaseId id, UUID planId, String reason);

    List<CasePlanView> plans(Actor reader, CaseId id);
}
