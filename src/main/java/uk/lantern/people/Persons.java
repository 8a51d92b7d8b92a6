package uk.lantern.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import uk.lantern.ledger.LedgerActor;

/** Adults recorded with children's records. Registering validates every field and writes the ledger entry. */
public interface Persons {

    PersonId register(LedgerActor by, PersonInput person, String fieldPrefix);

    /**
     * Registers many people in the caller's transaction with a few batched statements, by exactly the rules of
     * {@link #register}. Nothing is written unless every person is valid; validation errors name the person by its
     * place in the list, as in {@code [3].dateOfBirth}.
     *
     * @return the new ids, in the order given
     */
    List<PersonId> registerAll(LedgerActor by, List<PersonInput> persons);

    /**
     * Brings a person's record up to date with details sent again by the system it came from: changed fields are
     * overwritten and aliases not held yet are added (none is removed). The ledger entry ({@code PERSON_UPDATED})
     * keeps each changed field's value before and after.
     *
     * @return false when nothing differed, so nothing was written
     */
    boolean update(LedgerActor by, PersonId id, PersonInput person);

    /** Each known person's full name, for labelling; unknown ids are left out. */
    Map<PersonId, String> names(Collection<PersonId> ids);
}
