package org.callsheet.logic.csv;

import java.util.Locale;

/**
 * Everything that can be wrong with a CSV file, a row or a cell. Each code has one message in the
 * {@code csv} bundle under {@link #key()}; the arguments each message takes are listed here.
 */
public enum ProblemCode {
    // The file cannot be read at all.
    /** No bytes, or only a byte order mark and blank lines. */
    EMPTY_FILE,
    /** NUL bytes or many control characters. Args: none. */
    BINARY_FILE,
    /** An Excel workbook (xlsx/xls) instead of CSV. */
    EXCEL_WORKBOOK,
    /** The first row holds values, not column names. Args: the cell that looks like a value. */
    NO_HEADER,
    /** A header only, no data rows. */
    NO_ROWS,
    /** Two columns with the same name. Args: name, first column number, second column number. */
    DUPLICATE_HEADER,
    /** A quote opened on {@code row} is never closed. */
    UNBALANCED_QUOTE,
    /** A quote in the wrong place (e.g. text after a closing quote). */
    MALFORMED_QUOTE,
    /** Args: limit in characters. */
    FIELD_TOO_LARGE,
    /** Args: number of columns, limit. */
    TOO_MANY_COLUMNS,
    /** UTF-8 and another encoding mixed. Args: a row number that is UTF-8, a row that is not. */
    MIXED_ENCODING,
    /** Bytes not valid in the chosen encoding. Args: encoding name. */
    INVALID_ENCODING,
    /** The file could not be read. Args: the system's explanation. */
    IO_ERROR,

    // The header.
    /** Args: the {@link FieldRef}. */
    MISSING_REQUIRED_COLUMN,
    /** Two columns feed the same field. Args: the {@link FieldRef}, the first column name. */
    DUPLICATE_FIELD,
    /** A column that is not imported. */
    UNMAPPED_COLUMN,

    // A date column as a whole.
    /** Every value fits both day/month and month/day. Args: an example value. */
    AMBIGUOUS_DATE_COLUMN,
    /** Some values are only day/month, others only month/day. Args: a d/M value, a M/d value. */
    CONFLICTING_DATE_COLUMN,

    // One row or cell.
    /** Args: the value. */
    INVALID_DATE,
    /** Args: the value. */
    INVALID_AMOUNT,
    /** Args: the value. */
    INVALID_NUMBER,
    /** A latitude or longitude beyond its range. Args: the value, the limit (90 or 180). */
    COORDINATE_OUT_OF_RANGE,
    /** Args: the value. */
    INVALID_BOOLEAN,
    /** Args: the value. */
    INVALID_PHONE,
    /** A mobile that is not a valid mobile number; kept as written, never used to match. Args: the value. */
    INVALID_MOBILE,
    /** Args: the value. */
    INVALID_EMAIL,
    /** Args: the value. */
    INVALID_KIND,
    /** Args: the value. */
    INVALID_DATE_TIME,
    /** Not a whole, non-negative number of seconds. Args: the value. */
    INVALID_DURATION,
    /** Not one of the values a field allows. Args: the value, the allowed values joined by " / ". */
    INVALID_CHOICE,
    /** A call that starts later than now (with the call log's tolerance). Args: the value. */
    CALL_IN_FUTURE,
    /** A proposed visit earlier than the day of the call. Args: the visit date as written. */
    VISIT_BEFORE_CALL,
    /** Not a time of day (HH:MM). Args: the value. */
    INVALID_TIME,
    /** A visit row with a done-at time but no outcome, or the other way round. */
    VISIT_REPORT_INCOMPLETE,
    /** A visit row with notes or a next step but neither done-at time nor outcome. */
    VISIT_NOTES_WITHOUT_REPORT,
    /** A required cell is blank. */
    REQUIRED_VALUE_MISSING,
    /** The row has more cells than the header. Args: cell count, header count. */
    EXTRA_CELLS,

    // A row against the database (an import in progress).
    /** An order, contact, call or visit names a customer that is not stored. Args: the customer id as written. */
    UNKNOWN_CUSTOMER,
    /** A call names a contact its customer does not have; the call is kept without one. Args: the name. */
    UNKNOWN_CONTACT,
    /** A stage entered earlier than a stage before it. Args: the value, the earlier stage's column, its value. */
    STAGE_DATES_BACKWARDS,
    /** The opportunity's stage has no date while a later stage has one. Args: the stage's column. */
    STAGE_DATE_MISSING,
    /** A lost opportunity without its reason. Args: none. */
    LOST_REASON_MISSING,
    /** A won opportunity not at the last stage. Args: the stage as written. */
    WON_BEFORE_LAST_STAGE;

    public String key() {
        return "csv.problem." + name().toLowerCase(Locale.ROOT);
    }
}
