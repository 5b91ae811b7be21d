package org.callsheet.logic.csv.imports;

import java.util.Optional;

/**
 * What one pass does with one chunk, between the steps {@link RecordDecisions} takes for every row.
 *
 * @param <A> a converted row
 * @param <R> the record a row becomes or changes
 */
interface ChunkWork<A extends PassRow, R> {

    /**
     * The record the row means, as this import sees it now (earlier rows of the file included), or
     * empty for a record to add. A row that cannot be placed at all (say its customer is unknown)
     * is rejected here, through its outcome.
     */
    Optional<Slot<R>> find(A row);

    /** Adds the row as a new record. */
    void add(A row);

    /** Applies the row to the record under the import's policy (update or merge); whether it changed it. */
    boolean apply(Slot<R> slot, A row);

    /** Writes what the chunk decided, in the import's transaction. */
    void write();
}
