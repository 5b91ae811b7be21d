package org.callsheet.ui;

import java.util.function.BooleanSupplier;

/**
 * Fills an empty database with made-up customers for trying the app. Implemented by the app;
 * called off the UI thread.
 */
@FunctionalInterface
public interface DemoDataLoader {

    /** Receives how many customers are written so far out of how many. */
    @FunctionalInterface
    interface Progress {
        void update(long done, long total);
    }

    /**
     * Writes about {@code customers} demo customers; stops early when {@code cancelled} turns
     * true. Returns how many were written.
     */
    int load(int customers, Progress progress, BooleanSupplier cancelled);
}
