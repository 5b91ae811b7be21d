package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.util.Optional;

/** A committed import as recorded: what, from which file, when, its tally, and whether it was undone. */
public record ImportBatch(long id, String entityId, String fileName, DuplicatePolicy policy, Instant startedAt,
                          Optional<Instant> finishedAt, ImportCounts counts, boolean undone) {
}
