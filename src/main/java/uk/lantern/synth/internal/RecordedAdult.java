package uk.lantern.synth.internal;

import java.util.List;

import uk.lantern.synth.internal.Interchange.PersonRecord;

/** One agency's record of an adult, and how it differs from who the adult is. */
record RecordedAdult(PersonRecord record, List<Variation> variations) {
}
