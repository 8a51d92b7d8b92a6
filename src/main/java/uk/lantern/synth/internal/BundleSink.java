package uk.lantern.synth.internal;

import java.util.List;

import uk.lantern.synth.internal.Interchange.InterchangeRecord;

/**
 * Where a bundle goes as it is made: its records into sections, and what the records really mean into the ground
 * truth.
 */
interface BundleSink {

    void write(Section section, InterchangeRecord record);

    /** Which records describe this child. */
    void truth(TrueChild child, List<ChildRecordFactory.RecordedChild> records);

    /** Which records describe this adult, once every record of the adult is written. */
    void person(PersonTruth person);

    /** A network, once its children and intelligence are written. */
    void network(Network network, List<String> childIds);
}
