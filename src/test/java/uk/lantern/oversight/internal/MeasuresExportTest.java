package uk.lantern.oversight.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import uk.lantern.oversight.internal.OversightViews.AreaView;
import uk.lantern.oversight.internal.OversightViews.DisclosureView;
import uk.lantern.oversight.internal.OversightViews.MeasureView;
import uk.lantern.oversight.internal.OversightViews.MeasuresView;
import uk.lantern.oversight.internal.disclosure.Cell;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuresExportTest {

    /** Area names and labels come from reference data, but no export trusts its text to be harmless. */
    private static final MeasuresView FORMULA_TEXT = new MeasuresView(
            new AreaView("E06000027", "=HYPERLINK(\"http://evil.example\")", "LOCAL_AUTHORITY"), "month",
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), List.of("2024-01"), null,
            new DisclosureView(5, 10, false),
            List.of(new MeasureView("m", "Referrals", "-2+3+cmd|' /C calc'!A0", "count", List.of(Cell.of(-3)))),
            List.of());

    @Test
    void theCsvFileCarriesNoFormula() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(MeasuresExport.csv(FORMULA_TEXT))).getRecords();

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("area_name")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(rows.get(0).get("row")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(rows.get(0).get("value")).isEqualTo("-3");
    }

    @Test
    void theWorkbookCarriesNoFormula() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(MeasuresExport.xlsx(FORMULA_TEXT)))) {
            Row measure = workbook.getFirstSheet().read().get(1);
            assertThat(measure.getCellText(1)).isEqualTo("'-2+3+cmd|' /C calc'!A0");
            assertThat(measure.getCellText(3)).isEqualTo("-3");
        }
    }
}
