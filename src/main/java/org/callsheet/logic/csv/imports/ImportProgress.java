package org.callsheet.logic.csv.imports;

/** How far an import has come: which pass, rows read in it, and the reading speed. */
public record ImportProgress(Phase phase, long rowsRead, double rowsPerSecond) {

    public enum Phase {
        /** The first pass: every date column is scanned to settle day/month order. */
        SCANNING,
        /** The second pass: rows are converted, matched and written. */
        IMPORTING,
        /**
         * Every row is written; the indexes a large import took off are built again and the batch is
         * closed. At a million rows this takes about as long as reading the file twice (ADR 47).
         */
        FINISHING
    }
}
