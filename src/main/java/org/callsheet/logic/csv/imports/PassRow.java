package org.callsheet.logic.csv.imports;

/** A converted row that a pass decides: it knows what becomes of it. */
interface PassRow {
    RowOutcome outcome();
}
