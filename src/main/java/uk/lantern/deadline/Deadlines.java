package uk.lantern.deadline;

import java.util.List;
import java.util.Optional;

import uk.lantern.identity.UserId;
import uk.lantern.ledger.LedgerActor;

/**
 * Statutory clocks on records. A module starts a clock when the work arrives and marks it met when the work is
 * done; a clock that passes unmet is escalated to the owning team's managers and then, after
 * {@link TimescaleProperties#headOfServiceAfter()}, to the head of service. Every change is in the ledger.
 */
public interface Deadlines {

    DeadlineView start(LedgerActor by, NewDeadline deadline);

    /** Starts many clocks in the caller's transaction with one batched insert, each as {@link #start} would. */
    void startAll(LedgerActor by, List<NewDeadline> deadlines);

    /** Marks the clock met. Meeting a clock that is already met, or that does not exist, changes nothing. */
    void meet(LedgerActor by, String subjectType, String subjectId, DeadlineKind kind);

    /**
     * Marks many clocks of one kind met, each at its own time, as {@link #meetAt} would each, with one statement and
     * batched ledger entries.
     *
     * @param metAt when each subject's clock was met, by subject id, in the order the entries are to be written
     */
    void meetAll(LedgerActor by, String subjectType, DeadlineKind kind, java.util.Map<String, java.time.Instant> metAt);

    /**
     * Marks the clock met at a given time, for work recorded after the event, such as an import from another
     * system. Meeting a clock that is already met changes nothing.
     */
    void meetAt(LedgerActor by, String subjectType, String subjectId, DeadlineKind kind, java.time.Instant metAt);

    Optional<DeadlineView> find(String subjectType, String subjectId, DeadlineKind kind);

    /**
     * Starts a clock again from now, unmet and unescalated, for work that has come back (a referral reopened for a new
     * decision). Its earlier escalations stay on record.
     *
     * @throws IllegalStateException when there is no such clock
     */
    DeadlineView restart(LedgerActor by, String subjectType, String subjectId, DeadlineKind kind,
                         java.time.Instant dueAt);

    /**
     * Escalates a clock at once, with a reason, for example when a referrer has had no decision past the deadline.
     *
     * @throws uk.lantern.identity.InvalidInputException when the clock is met or not yet due, or the reason is
     *     missing
     */
    EscalationView escalateNow(LedgerActor by, String subjectType, String subjectId, DeadlineKind kind,
                               String reason);

    /** Escalations sent to this user whose clocks are still unmet, newest first. */
    List<EscalationView> openEscalationsFor(UserId user);

    /** Every escalation of one clock, oldest first. */
    List<EscalationView> escalationsOf(String subjectType, String subjectId, DeadlineKind kind);
}
