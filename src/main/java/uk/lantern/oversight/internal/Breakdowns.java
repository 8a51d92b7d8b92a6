package uk.lantern.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import uk.lantern.oversight.internal.DemographicsStore.CategoryCount;
import uk.lantern.oversight.internal.OversightViews.BreakdownView;
import uk.lantern.oversight.internal.OversightViews.CategoryRow;
import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.StatSymbol;
import uk.lantern.people.Ons2021Ethnicity;
import uk.lantern.people.Sex;

/**
 * Builds the demographic breakdowns: each characteristic is a table of categories by year whose yearly totals are
 * published, so it goes through disclosure control as parts of a whole; completeness likewise.
 */
final class Breakdowns {

    static final String NOT_STATED = "NOT_STATED";
    static final String NOT_RECORDED = "NOT_RECORDED";

    enum Dimension {
        AGE("Age band"), SEX("Sex"), ETHNICITY("Ethnicity (ONS 2021 groups)"), NATIONALITY("Nationality");

        final String label;

        Dimension(String label) {
            this.label = label;
        }
    }

    private static final Map<String, String> CHILD_AGE_BANDS = ordered("UNDER_10", "Under 10", "10_TO_12", "10 to 12",
            "13_TO_15", "13 to 15", "16_TO_17", "16 to 17", "18_AND_OVER", "18 and over");
    private static final Map<String, String> ADULT_AGE_BANDS = ordered("UNDER_18", "Under 18", "18_TO_24", "18 to 24",
            "25_TO_34", "25 to 34", "35_TO_44", "35 to 44", "45_AND_OVER", "45 and over");
    private static final List<String> ETHNIC_GROUPS = List.of("Asian", "Black", "Mixed", "White", "Other");

    private final PublishedFigures figures;

    Breakdowns(PublishedFigures figures) {
        this.figures = figures;
    }

    List<BreakdownView> of(String population, List<CategoryCount> counts, List<LocalDate> years) {
        List<BreakdownView> views = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            views.add(breakdown(population, dimension, counts, years));
        }
        return views;
    }

    private BreakdownView breakdown(String population, Dimension dimension, List<CategoryCount> counts,
                                    List<LocalDate> years) {
        Map<String, String> categories = categories(population, dimension, counts);
        Map<String, long[]> byCategory = new LinkedHashMap<>();
        categories.keySet().forEach(category -> byCategory.put(category, new long[years.size()]));
        for (CategoryCount count : counts) {
            int year = years.indexOf(count.year());
            if (count.dimension().equals(dimension.name()) && year >= 0) {
                byCategory.get(grouped(dimension, count.category()))[year] += count.people();
            }
        }
        List<String> yearLabels = years.stream().map(year -> Integer.toString(year.getYear())).toList();
        List<String> keys = new ArrayList<>(byCategory.keySet());
        List<List<Cell>> cells = figures.partsOfWhole(keys, yearLabels, byCategory.values().toArray(long[][]::new));
        List<CategoryRow> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            rows.add(new CategoryRow(keys.get(i), categories.get(keys.get(i)), cells.get(i)));
        }
        List<Cell> totals = cells.get(keys.size());
        return new BreakdownView(population, dimension.name(), dimension.label, yearLabels, rows, totals,
                completeness(dimension, byCategory, yearLabels));
    }

    /** The share of people recorded, not stated and not recorded, each year. */
    private List<CategoryRow> completeness(Dimension dimension, Map<String, long[]> byCategory,
                                           List<String> years) {
        long[] notStated = byCategory.getOrDefault(NOT_STATED, new long[years.size()]);
        long[] notRecorded = byCategory.get(NOT_RECORDED);
        long[] whole = new long[years.size()];
        byCategory.values().forEach(counts -> {
            for (int year = 0; year < whole.length; year++) {
                whole[year] += counts[year];
            }
        });
        long[] recorded = new long[years.size()];
        for (int year = 0; year < whole.length; year++) {
            recorded[year] = whole[year] - notStated[year] - notRecorded[year];
        }
        long[][] parts = {recorded, notStated, notRecorded};
        List<List<Cell>> cells = figures.partsOfWhole(List.of("recorded", NOT_STATED, NOT_RECORDED), years, parts);
        // Only ethnicity is asked of the person, so only ethnicity can be "not stated".
        boolean asked = dimension == Dimension.ETHNICITY;
        String[] keys = {"RECORDED", NOT_STATED, NOT_RECORDED};
        String[] labels = {"Recorded (%)", "Not stated (%)", "Not recorded (%)"};
        List<CategoryRow> rows = new ArrayList<>();
        for (int part = 0; part < parts.length; part++) {
            List<Cell> shares = new ArrayList<>();
            for (int year = 0; year < whole.length; year++) {
                shares.add(part == 1 && !asked ? Cell.symbol(StatSymbol.NOT_APPLICABLE)
                        : figures.percentage(cells.get(part).get(year), cells.get(3).get(year)));
            }
            rows.add(new CategoryRow(keys[part], labels[part], shares));
        }
        return rows;
    }

    /** Every category shown, in a fixed order, with "not stated" and "not recorded" last. */
    private static Map<String, String> categories(String population, Dimension dimension,
                                                  List<CategoryCount> counts) {
        Map<String, String> categories = new LinkedHashMap<>();
        switch (dimension) {
            case AGE -> categories.putAll(population.equals("suspects") ? ADULT_AGE_BANDS : CHILD_AGE_BANDS);
            case SEX -> {
                for (Sex sex : Sex.values()) {
                    if (sex != Sex.NOT_KNOWN) {
                        categories.put(sex.name(), sex.label());
                    }
                }
            }
            case ETHNICITY -> {
                ETHNIC_GROUPS.forEach(group -> categories.put(group.toUpperCase(Locale.ROOT), group));
                categories.put(NOT_STATED, "Not stated");
            }
            case NATIONALITY -> new TreeSet<>(counts.stream()
                    .filter(count -> count.dimension().equals(dimension.name()))
                    .map(CategoryCount::category).filter(code -> !code.equals(NOT_RECORDED)).toList())
                    .forEach(code -> categories.put(code, new Locale("", code).getDisplayCountry(Locale.UK)
                            + " (" + code + ")"));
        }
        categories.put(NOT_RECORDED, "Not recorded");
        return categories;
    }

    /** Ethnicity is shown in the five ONS 2021 high-level groups; everything else as recorded. */
    private static String grouped(Dimension dimension, String category) {
        if (dimension != Dimension.ETHNICITY || category.equals(NOT_STATED) || category.equals(NOT_RECORDED)) {
            return category;
        }
        return Ons2021Ethnicity.valueOf(category).group().toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return map;
    }
}
