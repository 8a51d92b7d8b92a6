package uk.lantern.oversight.internal.disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.lantern.oversight.internal.disclosure.Tables.table;
import static uk.lantern.oversight.internal.disclosure.TotalsShown.EXACT;

/** Counts, headline figures, rates and percentages on their own, and the checks on what callers hand in. */
class DisclosureControlTest {

    private static final Cell SUPPRESSED = Cell.symbol(StatSymbol.SUPPRESSED);
    private static final Cell NOT_AVAILABLE = Cell.symbol(StatSymbol.NOT_AVAILABLE);
    private static final Cell NOT_APPLICABLE = Cell.symbol(StatSymbol.NOT_APPLICABLE);

    private final DisclosureControl control = new DisclosureControl(DisclosureRules.standard());

    @Test
    void countsOfOneToFiveAreSuppressedWhileZeroAndSixUpAreShown() {
        assertThat(LongStream.rangeClosed(0, 7).mapToObj(control::count).map(Cell::text))
                .containsExactly("0", "c", "c", "c", "c", "c", "6", "7");
    }

    @Test
    void theThresholdCanBeRaised() {
        DisclosureControl tenOrFewer = new DisclosureControl(new DisclosureRules(10, 10));

        assertThat(List.of(tenOrFewer.count(10), tenOrFewer.count(11), tenOrFewer.count(0)))
                .extracting(Cell::text).containsExactly("c", "11", "0");
    }

    @Test
    void aNationalFigureIsSuppressedIfSmallAndOtherwiseRoundedHalfUp() {
        assertThat(List.of(1_234L, 1_235L, 1_225L, 6L, 3L, 0L).stream().map(control::nationalCount))
                .extracting(Cell::text).containsExactly("1230", "1240", "1230", "10", "c", "0");
    }

    @Test
    void aRoundingBaseOfOneLeavesNationalFiguresExact() {
        DisclosureControl exact = new DisclosureControl(new DisclosureRules(5, 1));

        assertThat(List.of(exact.nationalCount(1_234), exact.nationalCount(5))).extracting(Cell::text)
                .containsExactly("1234", "c");
    }

    @Test
    void aRateIsWorkedOutFromItsCountToOneDecimalPlaceHalfUp() {
        // 37 × 10,000 / 52,311 = 7.073…; 15 × 10,000 / 200,000 = 0.75 exactly, which goes up.
        assertThat(control.rate(Cell.of(37), 52_311L, 10_000)).isEqualTo(Cell.of(new BigDecimal("7.1")));
        assertThat(control.rate(Cell.of(15), 200_000L, 10_000)).isEqualTo(Cell.of(new BigDecimal("0.8")));
        assertThat(control.rate(Cell.of(0), 52_311L, 10_000)).isEqualTo(Cell.of(new BigDecimal("0.0")));
    }

    @Test
    void aRateIsOnlyShownWhereItsCountIs() {
        assertThat(control.rate(control.count(4), 52_311L, 10_000)).isEqualTo(SUPPRESSED);
        assertThat(control.rate(NOT_AVAILABLE, 52_311L, 10_000)).isEqualTo(NOT_AVAILABLE);
        assertThat(control.rate(Cell.of(37), null, 10_000)).isEqualTo(NOT_AVAILABLE);
        assertThat(control.rate(Cell.of(0), 0L, 10_000)).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void everyRateOfATableIsSuppressedWhereItsCountIs() {
        ProtectedTable published = control.protect(table(EXACT, EXACT, "3 12 20", "15 18 22"));
        long[] children = {52_311, 8_104, 61_990};

        List<Cell> rates = IntStream.range(0, 3)
                .mapToObj(column -> control.rate(published.cells().get(0).get(column), children[column], 10_000))
                .toList();

        for (int column = 0; column < 3; column++) {
            assertThat(rates.get(column).symbol() == StatSymbol.SUPPRESSED)
                    .isEqualTo(published.cells().get(0).get(column).symbol() == StatSymbol.SUPPRESSED);
        }
        assertThat(rates.get(0)).isEqualTo(SUPPRESSED);
    }

    @Test
    void aPercentageIsToOneDecimalPlaceAndWithheldWhereEitherSideIs() {
        assertThat(control.proportion(Cell.of(7), Cell.of(8))).isEqualTo(Cell.of(new BigDecimal("87.5")));
        assertThat(control.proportion(Cell.of(2), Cell.of(3))).isEqualTo(Cell.of(new BigDecimal("66.7")));
        assertThat(control.proportion(Cell.of(1), Cell.of(3))).isEqualTo(Cell.of(new BigDecimal("33.3")));
        assertThat(control.proportion(SUPPRESSED, Cell.of(30))).isEqualTo(SUPPRESSED);
        assertThat(control.proportion(Cell.of(12), SUPPRESSED)).isEqualTo(SUPPRESSED);
        assertThat(control.proportion(NOT_AVAILABLE, SUPPRESSED)).isEqualTo(SUPPRESSED);
        assertThat(control.proportion(Cell.of(12), NOT_AVAILABLE)).isEqualTo(NOT_AVAILABLE);
        assertThat(control.proportion(Cell.of(0), Cell.of(0))).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void rulesAndTablesThatMakeNoSenseAreRefusedWithAReason() {
        assertThatThrownBy(() -> new DisclosureRules(-1, 10)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new DisclosureRules(5, 0)).hasMessageContaining("rounding base");
        assertThatThrownBy(() -> control.count(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> control.rate(Cell.of(3), -5L, 10_000)).hasMessageContaining("negative");
        assertThatThrownBy(() -> control.rate(Cell.of(3), 5L, 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> table(EXACT, EXACT, "3 -2")).hasMessageContaining("Area 1, Period 2 is negative: -2");
        assertThatThrownBy(() -> new CountTable(List.of("Area 1", "Area 2"), List.of("Q1"), new Long[][] {{1L}},
                EXACT, EXACT)).hasMessageContaining("1 rows of counts for 2 row labels");
        assertThatThrownBy(() -> new CountTable(List.of("Area 1"), List.of("Q1", "Q2"), new Long[][] {{1L}},
                EXACT, EXACT)).hasMessageContaining("row 0 (Area 1) has 1 counts for 2 column labels");
    }
}
