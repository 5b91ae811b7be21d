package org.callsheet.logic.csv.imports;

/**
 * What an import does with a row that matches a stored record. Blank cells never erase stored
 * values under any policy.
 */
public enum DuplicatePolicy {
    /** Leave the stored record as it is. */
    SKIP,
    /** Every non-blank cell of the file replaces the stored value. */
    UPDATE,
    /** Only stored values that are blank are filled from the file. The default. */
    MERGE
}
