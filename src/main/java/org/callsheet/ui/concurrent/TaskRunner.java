package org.callsheet.ui.concurrent;

import java.time.Duration;
import java.util.function.Consumer;
import org.callsheet.logic.safety.StorageUnavailableException;

/**
 * Runs database and file work off the UI thread and hands results back to it. ViewModels use only
 * this interface, so tests can run everything on the calling thread.
 */
public interface TaskRunner {

    <T> Job submit(Work<T> work, WorkCallbacks<T> callbacks);

    /** Runs an action on the UI thread after the delay (used to debounce typing). */
    Job schedule(Duration delay, Runnable action);

    /**
     * Whom to tell when work fails on a damaged database file or a full disk (the window says so
     * once, in one sentence), besides the work's own failure callback.
     */
    default void onStorageProblem(Consumer<StorageUnavailableException> listener) {
    }

    /** Stops accepting work and interrupts what is running. */
    default void shutdown() {
    }
}
