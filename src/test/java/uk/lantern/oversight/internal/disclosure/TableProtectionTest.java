package uk.lantern.oversight.internal.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import uk.lantern.oversight.internal.disclosure.DifferencingAttack.CellAt;
import uk.lantern.oversight.internal.disclosure.DifferencingAttack.Range;
import uk.lantern.oversight.internal.disclosure.ProtectedTable.Figure;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.oversight.internal.disclosure.Tables.publishedHiding;
import static uk.lantern.oversight.internal.disclosure.Tables.smallFigures;
import static uk.lantern.oversight.internal.disclosure.Tables.table;
import static uk.lantern.oversight.internal.disclosure.Tables.truth;
import static uk.lantern.oversight.internal.disclosure.TotalsShown.EXACT;
import static uk.lantern.oversight.internal.disclosure.TotalsShown.NONE;
import static uk.lantern.oversight.internal.disclosure.TotalsShown.ROUNDED;

/**
 * Tables through disclosure control, each checked three ways: every number published is the true one (or the true one
 * rounded), every true count of 1 to the threshold is {@code c} wherever it stands, and an exact differencing attacker
 * pins down no hidden figure.
 */
class TableProtectionTest {

    private static final DisclosureRules STANDARD = DisclosureRules.standard();

    @Test
    void theAttackerRecoversASmallCountFromATableWithOnlyItsSmallCountsSuppressed() {
        CountTable table = table(EXACT, EXACT, "3 12 20", "15 18 22", "9 14 30");

        ProtectedTable naive = publishedHiding(table, STANDARD, smallFigures(table, STANDARD));

        assertThat(DifferencingAttack.recovered(naive)).containsEntry(new CellAt(0, 0), 3L);
    }

    @Test
    void theAttackerReadsARoundedTotalAsARangeOfTotals() {
        ProtectedTable published = new ProtectedTable(List.of("England"), List.of("Girls", "Boys"),
                List.of(List.of(Cell.symbol(StatSymbol.SUPPRESSED), Cell.of(20))), List.of(Cell.of(30)), List.of(),
                Cell.of(30), ROUNDED, NONE, STANDARD);

        // A total shown as 30 is 25 to 34, so the hidden cell is 5 to 14.
        assertThat(DifferencingAttack.attack(published)).containsExactly(Map.entry(new CellAt(0, 0), new Range(5, 14)));
    }

    @Test
    void theWorkedExampleInTheStatisticsDocumentIsWhatIsPublished() {
        CountTable table = new CountTable(List.of("Northby", "Eastham", "Southmoor", "Westvale"),
                List.of("Q1", "Q2", "Q3"), new Long[][] {{14L, 3L, 22L}, {0L, 17L, 12L}, {25L, 31L, 28L}, {2L, 0L, 9L}},
                EXACT, ROUNDED);

        ProtectedTable published = safelyProtected(table, STANDARD);

        assertThat(published.cells()).map(row -> row.stream().map(Cell::text).toList()).containsExactly(
                List.of("c", "c", "22"), List.of("0", "c", "c"), List.of("25", "31", "28"), List.of("c", "0", "c"));
        assertThat(published.rowTotals()).extracting(Cell::text).containsExactly("39", "29", "84", "11");
        assertThat(published.columnTotals()).extracting(Cell::text).containsExactly("40", "50", "70");
        assertThat(published.grandTotal().text()).isEqualTo("160");
        assertThat(DifferencingAttack.attack(published)).containsEntry(new CellAt(0, 1), new Range(1, 16))
                .containsEntry(new CellAt(3, 0), new Range(1, 10));
    }

    @Test
    void aLoneSmallCountTakesAnotherCellOfItsRowAndOfItsColumnWithIt() {
        ProtectedTable published = safelyProtected(table(EXACT, EXACT, "3 12 20", "15 18 22", "9 14 30"), STANDARD);

        assertThat(published.cells().get(0)).filteredOn(this::suppressed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(published.cells().stream().map(row -> row.get(0))).filteredOn(this::suppressed)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void twoSmallCountsAddingUpToTheThresholdTakeAThirdCellOfTheRowWithThem() {
        ProtectedTable published = safelyProtected(
                table(EXACT, EXACT, "2 3 40 31", "20 18 25 30", "12 14 16 19"), STANDARD);

        assertThat(published.cells().get(0)).filteredOn(this::suppressed).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aSmallCountAmongZerosIsAlsoItsRowTotalSoTheTotalIsSuppressedAndTheZerosShown() {
        ProtectedTable published = safelyProtected(table(EXACT, EXACT, "0 4 0", "10 12 9", "8 7 11"), STANDARD);

        assertThat(published.cells().get(0)).extracting(Cell::text).containsExactly("0", "c", "0");
        assertThat(published.rowTotals().get(0).text()).isEqualTo("c");
    }

    @Test
    void aLineWithNothingLeftToSuppressHasItsTotalSuppressed() {
        // The 3 takes the 7 above it; the 7's row has only zeros besides, so its total of 7 must go instead.
        ProtectedTable published = safelyProtected(table(EXACT, EXACT, "0 7 0", "10 3 12", "9 20 11"), STANDARD);

        assertThat(published.cells().get(0)).extracting(Cell::text).containsExactly("0", "c", "0");
        assertThat(published.rowTotals().get(0).text()).isEqualTo("c");
    }

    @Test
    void nationalTotalsAreRoundedWhileEachLocalAuthoritysTotalIsExact() {
        CountTable table = table(EXACT, ROUNDED,
                "123 98 110 131", "45 52 3 61", "210 198 220 240", "12 0 9 14", "77 81 69 90");

        ProtectedTable published = safelyProtected(table, STANDARD);

        assertThat(published.columnTotals()).extracting(Cell::text).containsExactly("470", "430", "410", "540");
        assertThat(published.grandTotal().text()).isEqualTo("1840");
        assertThat(published.rowTotals().get(0).text()).isEqualTo("462");
        assertThat(published.rowTotals().get(2).text()).isEqualTo("868");
    }

    @Test
    void aRoundedTotalOfASmallCountIsSuppressedNotRoundedToZero() {
        ProtectedTable published = safelyProtected(table(NONE, ROUNDED, "1 20 31", "3 25 40"), STANDARD);

        assertThat(published.columnTotals().get(0).text()).isEqualTo("c");
    }

    @Test
    void aMissingCountIsShownAsXAndSoIsEveryTotalOverIt() {
        ProtectedTable published = safelyProtected(table(EXACT, EXACT, "x 12 20", "4 18 22", "9 14 30"), STANDARD);

        assertThat(published.cells().get(0).get(0).text()).isEqualTo("x");
        assertThat(published.rowTotals().get(0).text()).isEqualTo("x");
        assertThat(published.columnTotals().get(0).text()).isEqualTo("x");
        assertThat(published.grandTotal().text()).isEqualTo("x");
        assertThat(published.cells().get(1).get(0).text()).isEqualTo("c");
    }

    @Test
    void withoutTotalsOnlyTheSmallCountsAreSuppressed() {
        ProtectedTable published = safelyProtected(table(NONE, NONE, "3 12 20", "15 0 22"), STANDARD);

        assertThat(published.cells()).containsExactly(
                List.of(Cell.symbol(StatSymbol.SUPPRESSED), Cell.of(12), Cell.of(20)),
                List.of(Cell.of(15), Cell.of(0), Cell.of(22)));
        assertThat(published.rowTotals()).isEmpty();
        assertThat(published.grandTotal()).isNull();
    }

    @Test
    void theLineRuleAloneLeavesACountBetweenTwoBlocksOfSmallCountsPinnedDownAndTheCycleRuleFreesIt() {
        // Every line holds two or more small counts adding up to more than 5, so the line rule adds nothing; yet the
        // 2 joining the blocks is the difference of two columns' totals and two rows' totals.
        CountTable table = table(EXACT, EXACT, "4 3 2 30", "3 4 25 20", "22 27 4 3", "18 26 3 4");

        assertThat(DifferencingAttack.recovered(publishedHiding(table, STANDARD, smallFigures(table, STANDARD))))
                .containsEntry(new CellAt(0, 2), 2L);
        safelyProtected(table, STANDARD);
    }

    @Test
    void theLineRuleAloneLetsCountsOfOneBeWorkedOutFromTheirBeingAtLeastOneAndTheCycleRuleStopsIt() {
        CountTable table = table(EXACT, EXACT, "1 1 50", "1 1 50", "50 50 50");
        // What the line rule alone suppresses: each pair of ones takes a 50 with it.
        Set<CellAt> lineRuleOnly = Set.of(new CellAt(0, 0), new CellAt(0, 1), new CellAt(1, 0), new CellAt(1, 1),
                new CellAt(0, 2), new CellAt(1, 2), new CellAt(2, 0), new CellAt(2, 1));

        assertThat(DifferencingAttack.recovered(publishedHiding(table, STANDARD, lineRuleOnly)))
                .containsEntry(new CellAt(0, 0), 1L);
        safelyProtected(table, STANDARD);
    }

    @Test
    void aHigherThresholdSuppressesMore() {
        DisclosureRules tenOrFewer = new DisclosureRules(10, 10);

        ProtectedTable published = safelyProtected(table(EXACT, EXACT, "8 40 31", "20 10 25", "11 14 16"), tenOrFewer);

        assertThat(published.cells().get(0).get(0).text()).isEqualTo("c");
        assertThat(published.cells().get(1).get(1).text()).isEqualTo("c");
    }

    @Test
    void aSweepOfRandomSmallTablesGivesNoSuppressedFigureAway() {
        Random random = new Random(20_240_611L);
        List<DisclosureRules> rules = List.of(STANDARD, new DisclosureRules(3, 5), new DisclosureRules(10, 10),
                new DisclosureRules(5, 1));
        TotalsShown[] margins = TotalsShown.values();
        for (int n = 0; n < 300; n++) {
            Long[][] counts = new Long[2 + random.nextInt(5)][2 + random.nextInt(4)];
            for (Long[] row : counts) {
                for (int column = 0; column < row.length; column++) {
                    row[column] = randomCount(random);
                }
            }
            safelyProtected(table(margins[random.nextInt(3)], margins[random.nextInt(3)], counts),
                    rules.get(random.nextInt(rules.size())));
        }
    }

    @Test
    void protectingATableLeavesTheCallersCountsAsTheyWere() {
        Long[][] counts = {{3L, 12L}, {15L, null}};
        CountTable table = table(EXACT, EXACT, counts);
        counts[0][1] = 99L;
        table.counts()[0][0] = 99L;

        new DisclosureControl(STANDARD).protect(table);

        assertThat(table.counts()).isDeepEqualTo(new Long[][] {{3L, 12L}, {15L, null}});
        assertThat(counts).isDeepEqualTo(new Long[][] {{3L, 99L}, {15L, null}});
    }

    /**
     * In a row or column whose total is published as a number, the hidden cells are none, or two or more that add up
     * to more than the threshold, so that the total less the published cells gives nothing small away.
     */
    private static void everyLineWithAPublishedTotalHidesNothingOrMoreThanTheThreshold(CountTable table,
            ProtectedTable published) {
        Map<CellAt, Cell> figures = new HashMap<>();
        published.figures().forEach(figure -> figures.put(new CellAt(figure.row(), figure.column()), figure.cell()));
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        List<List<CellAt>> lines = new ArrayList<>();
        for (int row = 0; row <= rows; row++) {
            int inRow = row;
            lines.add(IntStream.rangeClosed(0, columns).mapToObj(column -> new CellAt(inRow, column)).toList());
        }
        for (int column = 0; column <= columns; column++) {
            int inColumn = column;
            lines.add(IntStream.rangeClosed(0, rows).mapToObj(row -> new CellAt(row, inColumn)).toList());
        }
        for (List<CellAt> line : lines) {
            List<CellAt> members = line.subList(0, line.size() - 1);
            Cell total = figures.get(line.get(line.size() - 1));
            if (total == null || !total.hasValue() || !members.stream().allMatch(figures::containsKey)) {
                continue;
            }
            List<Long> hidden = members.stream().filter(at -> !figures.get(at).hasValue())
                    .map(at -> truth(table, at.row(), at.column())).toList();
            String where = "hidden %s in %s of %s".formatted(hidden, line, Arrays.deepToString(table.counts()));
            assertThat(hidden.size()).as(where).isNotEqualTo(1);
            if (!hidden.isEmpty()) {
                assertThat(hidden.stream().mapToLong(Long::longValue).sum()).as(where)
                        .isGreaterThan(published.rules().suppressionThreshold());
            }
        }
    }

    /** Mostly small: a quarter zeros, a third 1 to 5, the rest up to 25, now and then one not available. */
    private static Long randomCount(Random random) {
        double draw = random.nextDouble();
        if (draw < 0.03) {
            return null;
        }
        if (draw < 0.28) {
            return 0L;
        }
        return draw < 0.6 ? 1L + random.nextInt(5) : 6L + random.nextInt(20);
    }

    private boolean suppressed(Cell cell) {
        return cell.symbol() == StatSymbol.SUPPRESSED;
    }

    /** Protects the table and checks every figure published against the truth and against the attacker. */
    private ProtectedTable safelyProtected(CountTable table, DisclosureRules rules) {
        ProtectedTable published = new DisclosureControl(rules).protect(table);
        for (Figure figure : published.figures()) {
            Long truth = truth(table, figure.row(), figure.column());
            String where = "%s at %d,%d of %s".formatted(figure.cell().text(), figure.row(), figure.column(),
                    Arrays.deepToString(table.counts()));
            if (truth == null) {
                assertThat(figure.cell().symbol()).as(where).isEqualTo(StatSymbol.NOT_AVAILABLE);
            } else if (rules.isSmall(truth)) {
                assertThat(figure.cell().symbol()).as(where).isEqualTo(StatSymbol.SUPPRESSED);
            } else if (figure.cell().hasValue()) {
                assertThat(figure.cell().value().longValueExact()).as(where)
                        .isEqualTo(figure.rounded() ? rules.round(truth) : truth);
            } else {
                assertThat(figure.cell().symbol()).as(where).isEqualTo(StatSymbol.SUPPRESSED);
            }
        }
        everyLineWithAPublishedTotalHidesNothingOrMoreThanTheThreshold(table, published);
        DifferencingAttack.attack(published).forEach((at, range) -> {
            Long truth = truth(table, at.row(), at.column());
            String where = "%s at %s of %s".formatted(range, at, Arrays.deepToString(table.counts()));
            assertThat(range.pinned()).as(where).isFalse();
            if (truth != null) {
                assertThat(range.contains(truth)).as(where).isTrue();
            }
        });
        return published;
    }
}
