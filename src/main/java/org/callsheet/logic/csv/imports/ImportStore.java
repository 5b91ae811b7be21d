package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where imports are written and recorded. Implemented with jOOQ in persistence. */
public interface ImportStore {

    /** Opens a transaction and records a new batch in it. */
    ImportSession begin(BatchStart start);

    /** Recorded batches, newest first. */
    List<ImportBatch> batches(int limit);

    Optional<ImportBatch> batch(long id);

    /**
     * Reverses a batch in one transaction: changed records get their previous values back,
     * inserted ones are deleted. Refused (and nothing changed) when the batch is unknown or undone
     * already, or when a later batch that is not undone touched the same records.
     */
    UndoResult undo(long batchId, Instant now);
}
