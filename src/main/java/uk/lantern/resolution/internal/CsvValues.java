package uk.lantern.resolution.internal;

/** Writing values into CSV lines: quoted only where a comma, quote or line break would break the line. */
final class CsvValues {

    private CsvValues() {
    }

    static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
