package org.callsheet.logic.demo;

/** Told after every batch how many of the requested customers have been written. */
@FunctionalInterface
public interface DemoProgress {
    DemoProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
