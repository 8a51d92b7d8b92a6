package uk.lantern.oversight.internal.baseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.StatSymbol;

/**
 * One column of a DfE open-data file (the Explore Education Statistics layout: {@code time_period},
 * {@code geographic_level}, {@code old_la_code}, {@code new_la_code}, {@code la_name}), for England and for each local
 * authority by year. Regional rows are not kept. Each figure is kept as published: a number, or the symbol printed in
 * its place.
 *
 * <p>A local authority is found by its ONS code or, failing that, by its DfE number in the same year, so that a
 * successor code (Barnsley's E08000038) finds the figure published under the code it replaced (E08000016).
 */
final class PublishedTable {

    /** One published figure: the area it was published under, and the value or symbol. */
    record Row(int year, String areaCode, String areaName, Cell value) {
    }

    private static final String NATIONAL = "National";
    private static final String LOCAL_AUTHORITY = "Local authority";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Map<Integer, Row> englandByYear = new TreeMap<>();
    private final Map<Integer, Map<String, Row>> byCode = new HashMap<>();
    private final Map<Integer, Map<String, Row>> byDfeNumber = new HashMap<>();
    private final DfeLocalAuthorityNumbers dfeNumbers;

    PublishedTable(String file, String column, DfeLocalAuthorityNumbers dfeNumbers) {
        this.dfeNumbers = dfeNumbers;
        for (Map<String, String> csv : ReferenceCsv.read(file)) {
            int year = Integer.parseInt(csv.get("time_period"));
            Cell value = parse(csv.get(column), file);
            switch (csv.get("geographic_level")) {
                case NATIONAL -> englandByYear.put(year, new Row(year, csv.get("country_code"), "England", value));
                case LOCAL_AUTHORITY -> {
                    Row row = new Row(year, csv.get("new_la_code"), csv.get("la_name"), value);
                    byCode.computeIfAbsent(year, y -> new HashMap<>()).put(row.areaCode(), row);
                    byDfeNumber.computeIfAbsent(year, y -> new HashMap<>()).put(csv.get("old_la_code"), row);
                }
                default -> {
                    // Regions are not a level Lantern compares at.
                }
            }
        }
    }

    SortedSet<Integer> years() {
        return new TreeSet<>(englandByYear.keySet());
    }

    Optional<Row> england(int year) {
        return Optional.ofNullable(englandByYear.get(year));
    }

    Optional<Row> localAuthority(String onsCode, int year) {
        Row published = byCode.getOrDefault(year, Map.of()).get(onsCode);
        if (published != null) {
            return Optional.of(published);
        }
        return dfeNumbers.of(onsCode).map(number -> byDfeNumber.getOrDefault(year, Map.of()).get(number));
    }

    /** Every local authority published for the year, by name. */
    List<Row> localAuthorities(int year) {
        List<Row> rows = new ArrayList<>(byCode.getOrDefault(year, Map.of()).values());
        rows.sort(Comparator.comparing(Row::areaName));
        return rows;
    }

    private static Cell parse(String published, String file) {
        if (NUMBER.matcher(published).matches()) {
            return Cell.of(new BigDecimal(published));
        }
        return StatSymbol.fromCode(published).map(Cell::symbol)
                .orElseThrow(() -> new IllegalStateException("Unrecognised figure '" + published + "' in " + file));
    }
}
