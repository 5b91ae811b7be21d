package org.callsheet.logic.safety;

import java.util.List;

/**
 * The outcome of a consistency check: the counts of a sound book, or what is damaged.
 *
 * @param damaged the tables that cannot be read completely; empty when the book is sound
 */
public record CheckReport(BookCounts counts, List<String> damaged, long rowsRead) {
    public CheckReport {
        damaged = List.copyOf(damaged);
    }

    public boolean sound() {
        return damaged.isEmpty();
    }
}
