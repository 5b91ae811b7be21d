package org.callsheet.logic.csv.imports;

import java.time.Instant;

/**
 * What is known of an import batch when it begins; {@code fileRows} is the number of data rows the
 * first pass over the file counted (0 when not known), which lets the store prepare for a large file
 * before the first write (ADR 47).
 */
public record BatchStart(String entityId, String fileName, DuplicatePolicy policy, Instant startedAt, long fileRows) {
}
