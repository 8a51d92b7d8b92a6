package uk.lantern.resolution;

/** A system a record was brought in from, and the record's id there. */
public record RecordSource(String system, String id) {
}
