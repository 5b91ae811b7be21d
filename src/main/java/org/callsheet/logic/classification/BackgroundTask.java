package org.callsheet.logic.classification;

import java.util.function.Supplier;

/**
 * Work a reclassification runs beside its own thread on a second core (reading the customers while
 * the orders are read, fitting the repeat-purchase model while the rules are applied);
 * {@link #await} waits for the result and rethrows what the work threw.
 */
final class BackgroundTask<T> {
    private final Thread thread;
    private volatile T result;
    private volatile Throwable failure;

    private BackgroundTask(String name, Supplier<T> work) {
        thread = Thread.ofPlatform().daemon().name(name).start(() -> {
            try {
                result = work.get();
            } catch (Throwable t) {
                failure = t;
            }
        });
    }

    static <T> BackgroundTask<T> start(String name, Supplier<T> work) {
        return new BackgroundTask<>(name, work);
    }

    static BackgroundTask<Void> run(String name, Runnable work) {
        return new BackgroundTask<>(name, () -> {
            work.run();
            return null;
        });
    }

    T await() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return result;
    }
}
