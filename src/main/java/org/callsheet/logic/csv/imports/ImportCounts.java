package org.callsheet.logic.csv.imports;

/**
 * The tally of one import. {@code read} counts data rows; every row ends in exactly one of the
 * other counts. {@code unchanged} rows matched a stored record that already held their values.
 */
public record ImportCounts(long read, long inserted, long updated, long merged, long unchanged,
                           long skipped, long rejected) {
    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0);
}
