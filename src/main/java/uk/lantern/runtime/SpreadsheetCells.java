package uk.lantern.runtime;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Makes text safe to put in a cell of a CSV or XLSX export. A spreadsheet reads a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (or their full-width forms, or a tab or carriage return) as a formula, which can
 * run commands or send data away when the file is opened (CSV injection). As the OWASP guidance says, such a cell is
 * prefixed with a single quote, so it is shown as the text it is. A plain number such as {@code +447700900674} or
 * {@code -3} cannot do harm and is left as it is, so phone numbers and figures stay readable.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetCells() {
    }

    /** The text, prefixed with {@code '} when a spreadsheet would otherwise read it as a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** A row of cells with every text cell neutralised; numbers and other values are kept as they are. */
    public static Object[] row(Object... cells) {
        return Arrays.stream(cells).map(cell -> cell instanceof String text ? neutralise(text) : cell).toArray();
    }
}
