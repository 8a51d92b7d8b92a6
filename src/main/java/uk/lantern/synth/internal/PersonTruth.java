package uk.lantern.synth.internal;

import java.util.List;

import uk.lantern.synth.internal.Interchange.PersonRecord;

/**
 * One true adult as the ground truth lists it: who the adult is, every agency's record of the adult, and why the
 * adult is in the bundle.
 *
 * @param network the planted network the adult belongs to, or null
 */
record PersonTruth(String id, Kind kind, String network, String firstName, String surname, String dateOfBirth,
                   String sex, List<RecordedAdult> records) {

    enum Kind {
        /** An adult of a planted network: a suspect that analysis should find. */
        NETWORK_MEMBER,
        /** Named as a suspect in reports about other crimes, never about children. */
        UNRELATED_SUSPECT,
        /** Named in a report as a witness or in passing, and suspected of nothing. */
        WITNESS,
        /** A parent or carer that children's social care recorded with a child. */
        CARER
    }

    static PersonTruth of(TrueAdult adult, Kind kind, String network, List<RecordedAdult> records) {
        return new PersonTruth(adult.id(), kind, network, adult.firstName(), adult.surname(),
                adult.dateOfBirth().toString(), adult.sex().name(), List.copyOf(records));
    }

    /** Carers are recorded once, exactly as they are, so their record is also their truth. */
    static PersonTruth carer(PersonRecord record) {
        return new PersonTruth("P-" + record.sourceId(), Kind.CARER, null, record.firstName(), record.surname(),
                record.dateOfBirth(), record.sex(), List.of(new RecordedAdult(record, List.of())));
    }

    boolean plantedSuspect() {
        return kind == Kind.NETWORK_MEMBER;
    }
}
