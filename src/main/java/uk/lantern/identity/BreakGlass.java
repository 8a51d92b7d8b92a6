package uk.lantern.identity;

import java.util.List;

/**
 * Time-limited access to a record outside one's scope, taken with a stated reason, recorded in the ledger and
 * reported to managers. Modules that own protected records register a {@link ProtectedRecordSource} so that
 * break-glass can only be taken on records that exist.
 */
public interface BreakGlass {

    /**
     * Takes break-glass access for the actor.
     *
     * @throws InvalidInputException when the reason is too short or the record does not exist
     * @throws AccessRefusedException when the actor's role may not use break-glass
     */
    AccessGrantView take(Actor actor, RecordRef record, String reason);

    /** Break-glass access taken by members of the manager's agency in the last 30 days, newest first. */
    List<AccessGrantView> recentInAgencyOf(Actor manager);
}
