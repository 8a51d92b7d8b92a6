package uk.lantern.people;

import uk.lantern.ledger.LedgerActor;

/** Adults recorded with children's records. Registering validates every field and writes the ledger entry. */
public interface Persons {

    PersonId register(LedgerActor by, PersonInput person, String fieldPrefix);
}
