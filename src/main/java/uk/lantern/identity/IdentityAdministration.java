package uk.lantern.identity;

import uk.lantern.ledger.LedgerActor;

/**
 * Creates and changes agencies and users. Every change is validated (bad input raises {@link InvalidInputException}
 * naming the fields) and recorded in the ledger in the same transaction.
 */
public interface IdentityAdministration {

    AgencyView createAgency(LedgerActor by, NewAgency agency);

    AgencyView updateAgency(LedgerActor by, AgencyId id, NewAgency changes);

    UserView createUser(LedgerActor by, NewUser user);

    UserView updateUser(LedgerActor by, UserId id, UserChanges changes);

    void changePassword(LedgerActor by, UserId id, String newPassword);

    void unlock(LedgerActor by, UserId id);
}
