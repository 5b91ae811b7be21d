package org.callsheet.logic.imports;

import java.util.List;
import org.callsheet.logic.csv.CsvRow;

/**
 * The second pass of an import, fed a chunk of rows at a time in two steps: {@link #convert} reads
 * the cells and touches no database, so it may run a chunk or two ahead on a thread of its own
 * (always one thread, in file order); {@link #apply} matches, decides and writes, in the import's
 * transaction.
 *
 * @param <A> what a converted row carries to {@link #apply}
 */
interface ChunkPass<A> {

    /** Converts one chunk. */
    Converted<A> convert(List<CsvRow> rows);

    /** Decides and writes one converted chunk; returns the outcomes of all its rows, in row order. */
    List<RowOutcome> apply(Converted<A> chunk);

    /** A chunk's outcomes in row order, and the rows conversion accepted. */
    record Converted<A>(List<RowOutcome> outcomes, List<A> accepted) {
    }
}
