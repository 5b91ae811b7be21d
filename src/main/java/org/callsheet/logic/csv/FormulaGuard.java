package org.callsheet.logic.csv;

import java.util.regex.Pattern;

/**
 * Protects exported cells from being run as spreadsheet formulas (CSV injection) and undoes
 * exactly that protection on import.
 *
 * <p>A cell that starts with = + - @, a tab or a carriage return gets a single quote in front,
 * as OWASP advises. So that reading undoes exactly what writing did, a cell that already starts
 * with quotes followed by one of those characters gets one more quote, and reading removes one
 * quote from any cell of that shape.
 *
 * <p>Only files this program exported are read back through {@link #restore}: they are the
 * ones with the export's {@code uid} column ({@link #guards}). A hand-made file keeps every cell
 * as written, its {@code '=1} and {@code ''=1} included.
 *
 * <p>A plain decimal number (-12.50) is left alone: it cannot run as a formula, and prefixing it
 * would turn every return or refund in an amount column into text in the spreadsheet. The rule
 * looks at the cell, not the column, so it needs no knowledge of column types and still keeps
 * "-1+2" or "+86 138…" from being evaluated.
 */
public final class FormulaGuard {
    private static final Pattern TRIGGERED = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private FormulaGuard() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return TRIGGERED.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** Whether a file read through this mapping was written by the export, whose guard is undone on reading. */
    public static boolean guards(HeaderMapping mapping) {
        return mapping.has("uid");
    }

    public static String restore(String cell) {
        if (cell != null && cell.startsWith("'") && TRIGGERED.matcher(cell).matches()) {
            return cell.substring(1);
        }
        return cell;
    }
}
