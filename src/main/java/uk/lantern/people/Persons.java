package uk.lantern.people;

import java.util.Collection;
import java.util.Map;

import uk.lantern.ledger.LedgerActor;

/** Adults recorded with children's records. Registering validates every field and writes the ledger entry. */
public interface Persons {

    PersonId register(LedgerActor by, PersonInput person, String fieldPrefix);

    /** Each known person's full name, for labelling; unknown ids are left out. */
    Map<PersonId, String> names(Collection<PersonId> ids);
}
