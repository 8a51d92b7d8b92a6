package uk.lantern.intelligence;

import uk.lantern.people.PersonInput;

/**
 * A subject of a new report. Either {@code existing} names a subject Lantern already holds (a child, a person or any
 * other subject, written {@code type:id}), or the details of the subject's type are given: a person, a vehicle, a
 * phone number, a location, an organisation, or for a named person the name a child used. Vehicles, phones,
 * locations and organisations already held under the same normalised key are reused, not duplicated.
 *
 * @param role SUSPECT, VICTIM, ASSOCIATE, WITNESS or MENTIONED; only people and children take roles other than
 *             MENTIONED, and a child is never a suspect here
 */
public record NewSubject(String type, String role, String detail, String existing, PersonInput person,
                         NewVehicle vehicle, String phone, NewLocation location, NewOrganisation organisation,
                         String name) {

    public static NewSubject existing(SubjectRef ref, SubjectRole role) {
        return new NewSubject(ref.type().code(), role.name(), null, ref.toString(), null, null, null, null, null,
                null);
    }
}
