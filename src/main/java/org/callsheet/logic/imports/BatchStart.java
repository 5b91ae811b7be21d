package org.callsheet.logic.imports;

import java.time.Instant;

/** What is known of an import batch when it begins. */
public record BatchStart(String entityId, String fileName, DuplicatePolicy policy, Instant startedAt) {
}
