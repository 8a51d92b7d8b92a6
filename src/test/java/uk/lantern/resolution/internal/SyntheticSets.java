package uk.lantern.resolution.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Synthetic labelled record sets for tests, made with the benchmark's own generator. */
final class SyntheticSets {

    private SyntheticSets() {
    }

    static LabelledRecords people(int records, long seed) {
        try {
            StringWriter csv = new StringWriter();
            new SyntheticPeople(seed).write(records, csv);
            Path file = Files.createTempFile("synthetic-people", ".csv");
            try {
                Files.writeString(file, csv.toString());
                return LabelledRecords.read(file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException | LabelledRecords.BadFile | LabelledRecords.UnreadableFile failed) {
            throw new IllegalStateException("The generator wrote an unreadable file", failed);
        }
    }
}
