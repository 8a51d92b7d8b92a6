package uk.lantern.synth.internal;

import java.util.List;

import uk.lantern.synth.internal.Interchange.InterchangeRecord;

/** Where a child's story goes: its records into sections, and what the records really mean into the ground truth. */
interface BundleSink {

    void write(Section section, InterchangeRecord record);

    void truth(TrueChild child, List<ChildRecordFactory.RecordedChild> records);
}
