package uk.lantern.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import uk.lantern.ledger.LedgerActor;

/**
 * Child records. Registering validates every field (bad input raises
 * {@link uk.lantern.identity.InvalidInputException} naming each field) and records the change in the ledger in the
 * caller's transaction. The access policy is applied by the modules that show a child, which know the child's
 * relationships to referrals and cases.
 */
public interface Children {

    /**
     * Registers a child.
     *
     * @param fieldPrefix prefixed to field names in validation errors, for example {@code children[0].}
     */
    ChildView register(LedgerActor by, ChildInput child, String fieldPrefix);

    /**
     * Registers many children in the caller's transaction with a few batched statements, by exactly the rules of
     * {@link #register}: the same validation, rows, ledger entries and events. Nothing is written unless every child
     * is valid; validation errors name the child by its place in the list, as in {@code [3].nhsNumber}.
     *
     * @return the new ids, in the order given
     */
    List<ChildId> registerAll(LedgerActor by, List<ChildInput> children);

    /**
     * Brings a child's record up to date with details sent again by the system it came from. Changed fields are
     * overwritten; aliases, addresses and placements not held yet are added, and none is removed. The ledger entry
     * ({@code CHILD_UPDATED}) keeps each changed field's value before and after.
     *
     * @return false when nothing differed, so nothing was written
     */
    boolean update(LedgerActor by, ChildId id, ChildInput child);

    /** Every problem with a child's details, without registering anything, so a form can report them all at once. */
    List<uk.lantern.identity.InvalidInputException.FieldError> problemsWith(ChildInput child, String fieldPrefix);

    Optional<ChildView> find(ChildId id);

    List<ChildView> findAll(Collection<ChildId> ids);

    /** Voids a record with a reason: it stays, marked void, and is no longer offered for new work. */
    ChildView voidRecord(LedgerActor by, ChildId id, String reason);
}
