package org.callsheet.logic.csv.imports;

import java.time.Instant;

/** What is known of an import batch when it begins. */
public record BatchStart(String entityId, String fileName, DuplicatePolicy policy, Instant startedAt) {
}
