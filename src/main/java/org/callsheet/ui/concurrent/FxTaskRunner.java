package org.callsheet.ui.concurrent;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.slf4j.LoggerFactory;

/** Runs work as {@link Task}s on a few daemon threads; callbacks arrive on the FX thread. */
public final class FxTaskRunner implements TaskRunner {
    // no Logger field: initialising logging would then hold up start-up (ADR 12)

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private volatile Consumer<StorageUnavailableException> storageProblems = problem -> { };

    public FxTaskRunner(int threads) {
        AtomicInteger counter = new AtomicInteger();
        workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "ui-work-" + counter.incrementAndGet()));
        timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ui-timer"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> Job submit(Work<T> work, WorkCallbacks<T> callbacks) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new WorkContext() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        task.progressProperty().addListener((obs, old, now) -> {
            if (task.getTotalWork() > 0) {
                callbacks.progress().progress((long) task.getWorkDone(), (long) task.getTotalWork());
            }
        });
        task.setOnSucceeded(e -> callbacks.succeeded().accept(task.getValue()));
        task.setOnCancelled(e -> callbacks.cancelled().run());
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof CancellationException) {
                callbacks.cancelled().run();
            } else {
                LoggerFactory.getLogger(FxTaskRunner.class).warn("Background work failed", error);
                StorageUnavailableException.in(error).ifPresent(storageProblems);
                callbacks.failed().accept(error);
            }
        });
        workers.execute(task);
        return () -> task.cancel(false);
    }

    @Override
    public void onStorageProblem(Consumer<StorageUnavailableException> listener) {
        storageProblems = listener;
    }

    @Override
    public Job schedule(Duration delay, Runnable action) {
        ScheduledFuture<?> future = timer.schedule(() -> Platform.runLater(action),
                delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void shutdown() {
        timer.shutdownNow();
        workers.shutdown();
        try {
            // let settings that were just saved reach the database
            if (!workers.awaitTermination(3, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
