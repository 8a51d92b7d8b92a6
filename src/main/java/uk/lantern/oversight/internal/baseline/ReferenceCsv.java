package uk.lantern.oversight.internal.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one of the DfE reference files shipped in {@code reference/areas}, each row keyed by its column names so that
 * callers name the columns they use rather than count them.
 */
final class ReferenceCsv {

    private static final String FOLDER = "/reference/areas/";

    private ReferenceCsv() {
    }

    static List<Map<String, String>> read(String file) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + FOLDER + file);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
