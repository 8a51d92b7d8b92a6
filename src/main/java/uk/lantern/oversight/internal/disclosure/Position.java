package uk.lantern.oversight.internal.disclosure;

/**
 * A place in a table and its totals seen as one grid: rows and columns count from 0, and the row after the last is the
 * totals row, the column after the last the totals column.
 */
record Position(int row, int column) {
}
