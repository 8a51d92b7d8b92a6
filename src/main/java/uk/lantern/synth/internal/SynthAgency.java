package uk.lantern.synth.internal;

import uk.lantern.synth.internal.Interchange.AgencyRecord;
import uk.lantern.synth.internal.Interchange.Ref;

/**
 * An agency in the bundle.
 *
 * @param name the display name; for the demo agencies exactly the demo's name, so an import links the two
 * @param kind its type
 * @param areaCode its local authority or police force area
 * @param directoryId its id in the {@code synth-directory} source system, where agency records live
 * @param system the source system of the agency's own records, such as {@code rochdale-health-seed5} for seed 5
 * @param recordPrefix how the agency's own ids for a child begin, such as {@code PT} for a health patient
 */
record SynthAgency(String name, AgencyKind kind, String areaCode, String directoryId, String system,
                   String recordPrefix) {

    AgencyRecord record() {
        return new AgencyRecord(directoryId, name, kind.name(), areaCode);
    }

    /** A reference to this agency's directory record. */
    Ref ref() {
        return new Ref(Interchange.DIRECTORY, directoryId);
    }
}
