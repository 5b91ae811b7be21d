package org.callsheet.logic.safety;

/** The database file's size before and after a compaction. */
public record CompactResult(long before, long after) {
}
