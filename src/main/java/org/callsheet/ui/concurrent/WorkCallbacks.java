package org.callsheet.ui.concurrent;

import java.util.function.Consumer;

/**
 * Where the result of {@link Work} goes. All callbacks run on the UI thread. A cancelled job calls
 * none of them except {@code cancelled}.
 */
public record WorkCallbacks<T>(Consumer<? super T> succeeded, Consumer<Throwable> failed,
                               ProgressListener progress, Runnable cancelled) {

    @FunctionalInterface
    public interface ProgressListener {
        void progress(long done, long total);
    }

    public WorkCallbacks {
        succeeded = succeeded == null ? t -> { } : succeeded;
        failed = failed == null ? t -> { } : failed;
        progress = progress == null ? (d, t) -> { } : progress;
        cancelled = cancelled == null ? () -> { } : cancelled;
    }

    public static <T> WorkCallbacks<T> of(Consumer<? super T> succeeded, Consumer<Throwable> failed) {
        return new WorkCallbacks<>(succeeded, failed, null, null);
    }

    public WorkCallbacks<T> withProgress(ProgressListener listener) {
        return new WorkCallbacks<>(succeeded, failed, listener, cancelled);
    }

    public WorkCallbacks<T> onCancel(Runnable listener) {
        return new WorkCallbacks<>(succeeded, failed, progress, listener);
    }
}
