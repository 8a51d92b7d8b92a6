package uk.lantern.oversight.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.oversight.internal.OversightViews.BreakdownView;
import uk.lantern.oversight.internal.OversightViews.CategoryRow;
import uk.lantern.oversight.internal.OversightViews.MeasureView;
import uk.lantern.oversight.internal.OversightViews.MeasuresView;
import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.runtime.SpreadsheetCells;

/**
 * The published figures as a CSV file (one figure a line, in the tidy layout the Department for Education uses for
 * open data) or an XLSX workbook (a sheet of measures by period, a sheet of demographics by year, and a sheet saying
 * what the figures are). Both are made from the same view as the pages, so they carry exactly the same symbols.
 */
final class MeasuresExport {

    static final String CSV_TYPE = "text/csv";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter AS_AT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
            .withZone(java.time.ZoneId.of("Europe/London"));

    private MeasuresExport() {
    }

    /**
     * The figures as a file to download, {@code format} {@code csv} or {@code xlsx}: for the API and for the
     * page's own links, which are followed with the session.
     */
    static ResponseEntity<byte[]> download(MeasuresView view, String format) {
        boolean csv = switch (format == null ? "" : format) {
            case "csv" -> true;
            case "xlsx" -> false;
            default -> throw new InvalidInputException("format", "must be csv or xlsx, not '" + format + "'");
        };
        String name = "lantern-oversight-" + view.area().code() + "-" + view.by() + "-" + view.from() + "." + format;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(csv ? CSV_TYPE + ";charset=UTF-8" : XLSX_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(csv ? csv(view).getBytes(StandardCharsets.UTF_8) : xlsx(view));
    }

    static String csv(MeasuresView view) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("area_code", "area_name",
                "table", "row", "unit", "time_period", "value").get())) {
            for (MeasureView measure : view.measures()) {
                for (int period = 0; period < view.periods().size(); period++) {
                    csv.printRecord(SpreadsheetCells.row(view.area().code(), view.area().name(), measure.section(),
                            measure.label(), measure.unit(), view.periods().get(period),
                            measure.values().get(period).text()));
                }
            }
            for (BreakdownView breakdown : view.demographics()) {
                for (CategoryRow row : rowsWithTotal(breakdown)) {
                    for (int year = 0; year < breakdown.years().size(); year++) {
                        csv.printRecord(SpreadsheetCells.row(view.area().code(), view.area().name(),
                                title(breakdown), row.label(),
                                row.label().endsWith("(%)") ? MeasureSeries.PERCENT : MeasureSeries.COUNT,
                                breakdown.years().get(year), row.values().get(year).text()));
                    }
                }
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        return out.toString();
    }

    static byte[] xlsx(MeasuresView view) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Lantern", "1.0");
            measuresSheet(workbook.newWorksheet("Measures"), view);
            demographicsSheet(workbook.newWorksheet("Demographics"), view);
            aboutSheet(workbook.newWorksheet("About"), view);
            workbook.finish();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        return bytes.toByteArray();
    }

    private static void measuresSheet(Worksheet sheet, MeasuresView view) {
        text(sheet, 0, 0, "Section");
        text(sheet, 0, 1, "Measure");
        text(sheet, 0, 2, "Unit");
        for (int period = 0; period < view.periods().size(); period++) {
            text(sheet, 0, 3 + period, view.periods().get(period));
        }
        int row = 1;
        for (MeasureView measure : view.measures()) {
            text(sheet, row, 0, measure.section());
            text(sheet, row, 1, measure.label());
            text(sheet, row, 2, measure.unit());
            write(sheet, row++, 3, measure.values());
        }
        sheet.style(0, 0).bold().set();
    }

    private static void demographicsSheet(Worksheet sheet, MeasuresView view) {
        int row = 0;
        for (BreakdownView breakdown : view.demographics()) {
            text(sheet, row, 0, title(breakdown));
            for (int year = 0; year < breakdown.years().size(); year++) {
                text(sheet, row, 1 + year, breakdown.years().get(year));
            }
            row++;
            for (CategoryRow category : rowsWithTotal(breakdown)) {
                text(sheet, row, 0, category.label());
                write(sheet, row++, 1, category.values());
            }
            row++;
        }
    }

    private static void aboutSheet(Worksheet sheet, MeasuresView view) {
        List<String> lines = new ArrayList<>(List.of(
                "Lantern oversight figures for " + view.area().name() + " (" + view.area().code() + "), "
                        + view.area().type(),
                "Periods: " + view.by() + ", " + view.from() + " to " + view.until().minusDays(1),
                "Figures as at " + (view.figuresAsAt() == null ? "not yet refreshed" : AS_AT.format(view.figuresAsAt())),
                "c = suppressed: counts from 1 to " + view.disclosure().suppressionThreshold()
                        + ", and any figure from which one could be worked out",
                "x = not available; z = not applicable",
                view.disclosure().rounded() ? "Counts for more than one local authority are rounded to the nearest "
                        + view.disclosure().roundingBase() : "Counts for a single local authority are not rounded",
                "Definitions: docs/statistics.md",
                "Rates use ONS mid-year estimates of children aged 0 to 17. Contains public sector information "
                        + "licensed under the Open Government Licence v3.0."));
        for (int line = 0; line < lines.size(); line++) {
            text(sheet, line, 0, lines.get(line));
        }
    }

    /** Text goes in neutralised, so that no label or name can become a formula. */
    private static void text(Worksheet sheet, int row, int column, String text) {
        sheet.value(row, column, SpreadsheetCells.neutralise(text));
    }

    /** Numbers go in as numbers, so a spreadsheet can work with them; symbols as text. */
    private static void write(Worksheet sheet, int row, int firstColumn, List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell.hasValue()) {
                sheet.value(row, firstColumn + i, cell.value());
            } else {
                text(sheet, row, firstColumn + i, cell.symbol().code());
            }
        }
    }

    private static List<CategoryRow> rowsWithTotal(BreakdownView breakdown) {
        List<CategoryRow> rows = new ArrayList<>(breakdown.rows());
        rows.add(new CategoryRow("TOTAL", "Total", breakdown.totals()));
        rows.addAll(breakdown.completeness());
        return rows;
    }

    private static String title(BreakdownView breakdown) {
        String population = breakdown.population().equals("victims") ? "Victims" : "Suspects";
        return population + " by " + Character.toLowerCase(breakdown.label().charAt(0))
                + breakdown.label().substring(1);
    }
}
