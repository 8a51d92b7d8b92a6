package uk.lantern.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import uk.lantern.identity.Actor;
import uk.lantern.identity.UserId;
import uk.lantern.people.ChildId;

/**
 * Cases. Each method applies the access policy (a case is seen by its assigned worker and by the front door and
 * managers of its area) and writes its ledger entry in the same transaction; bad input raises
 * {@link uk.lantern.identity.InvalidInputException} naming each field.
 */
public interface Cases {

    CaseView read(Actor reader, CaseId id, String purpose);

    /**
     * Open cases assigned to the actor, or for a manager or triage practitioner, the open cases of their area that
     * they may read; the cases shown are logged as read.
     */
    List<CaseSummary> workList(Actor actor);

    CaseView assign(Actor manager, CaseId id, UserId worker);

    CaseView completeAssessment(Actor worker, CaseId id, String summary, List<String> factorCodes);

    CaseView recordStrategyDiscussion(Actor worker, CaseId id, LocalDate heldOn, String decision, String notes,
                                      List<Attendee> attendees);

    /** Completes the enquiry; {@code conferenceNeeded} null means the worker did not answer, which is an error. */
    CaseView completeSection47(Actor worker, CaseId id, Boolean conferenceNeeded, String summary);

    CaseView recordConference(Actor worker, CaseId id, LocalDate heldOn, boolean planMade, String notes);

    /**
     * Adds an action owned by one of {@link #actionOwners}, due today or later, and part of one of the case's active
     * plans when {@code planId} is given.
     */
    CaseView addAction(Actor worker, CaseId id, String description, UserId owner, LocalDate dueOn, UUID planId);

    /** The people who may own an action on the case, by name; a read of the case, logged. */
    List<ActionOwner> actionOwners(Actor reader, CaseId id);

    CaseView completeAction(Actor worker, CaseId id, UUID actionId);

    /**
     * Closes the case with its outcome, only when nothing stands in the way ({@link CaseView#closureBlockers}): each
     * thing still open is an error naming it.
     */
    CaseView close(Actor worker, CaseId id, String outcome, String summary);

    /** The case's significant events from the ledger, oldest first, each with its sequence number and hash. */
    List<ChronologyEntry> chronology(Actor reader, CaseId id);

    /**
     * Every case, open or closed, of any of the children, newest first, once each, with the access it needs. Nothing is
     * shown or logged here: the caller keeps only what the viewer may read and logs what it shows.
     */
    List<CaseAboutChild> aboutChildren(Collection<ChildId> children);
}
