package org.callsheet.logic.csv.imports;

/**
 * One record as an import sees it while it decides a chunk: as it was when the chunk reached it
 * ({@code null} for a record the chunk adds) and as the chunk's rows have made it since.
 */
final class Slot<R> {
    private final R before;
    private R now;

    private Slot(R before, R now) {
        this.before = before;
        this.now = now;
    }

    static <R> Slot<R> stored(R record) {
        return new Slot<>(record, record);
    }

    static <R> Slot<R> added(R record) {
        return new Slot<>(null, record);
    }

    boolean added() {
        return before == null;
    }

    R before() {
        return before;
    }

    R now() {
        return now;
    }

    void set(R record) {
        now = record;
    }

    /** A stored record the chunk's rows changed. */
    boolean changed() {
        return before != null && !before.equals(now);
    }
}
