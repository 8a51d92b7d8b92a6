package uk.lantern.intelligence;

import java.util.Collection;
import java.util.Map;

import uk.lantern.ledger.LedgerActor;

/**
 * Vehicles, phones, locations and organisations, each held once under a normalised key: a registration mark in
 * capitals without spaces, a phone number in E.164, a place by its address and postcode (or its description and
 * area). Registering one that is already held returns it; a new one is recorded in the ledger.
 */
public interface Subjects {

    /** @param fieldPrefix prefixed to field names in validation errors, for example {@code subjects[2].} */
    SubjectRef registerVehicle(LedgerActor by, NewVehicle vehicle, String fieldPrefix);

    SubjectRef registerPhone(LedgerActor by, String number, String fieldPrefix);

    SubjectRef registerLocation(LedgerActor by, NewLocation location, String fieldPrefix);

    SubjectRef registerOrganisation(LedgerActor by, NewOrganisation organisation, String fieldPrefix);

    /** Short labels for reading: a person's or child's name, a registration mark, a number, an address. */
    Map<SubjectRef, String> labels(Collection<SubjectRef> subjects);
}
