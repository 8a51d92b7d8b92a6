package uk.lantern.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() {
        assertThat(SpreadsheetCells.neutralise("=HYPERLINK(\"http://evil.example\",\"Click\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(SpreadsheetCells.neutralise("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(SpreadsheetCells.neutralise("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(SpreadsheetCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetCells.neutralise("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
    }

    @Test
    void plainNumbersAndOrdinaryTextStayReadable() {
        assertThat(SpreadsheetCells.neutralise("+447700900674")).isEqualTo("+447700900674");
        assertThat(SpreadsheetCells.neutralise("-3")).isEqualTo("-3");
        assertThat(SpreadsheetCells.neutralise("-2.5")).isEqualTo("-2.5");
        assertThat(SpreadsheetCells.neutralise("Adam Smith = suspect")).isEqualTo("Adam Smith = suspect");
        assertThat(SpreadsheetCells.neutralise("")).isEmpty();
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
    }

    @Test
    void aRowNeutralisesItsTextAndKeepsItsNumbers() {
        assertThat(SpreadsheetCells.row("=1+1", 7, "Chloe")).containsExactly("'=1+1", 7, "Chloe");
    }
}
