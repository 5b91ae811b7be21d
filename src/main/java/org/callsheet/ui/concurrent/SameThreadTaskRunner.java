package org.callsheet.ui.concurrent;

import java.time.Duration;

/** Runs work at once on the calling thread, without delays: for ViewModel tests. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> Job submit(Work<T> work, WorkCallbacks<T> callbacks) {
        WorkContext context = new WorkContext() {
            @Override
            public void progress(long done, long total) {
                callbacks.progress().progress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        T result;
        try {
            result = work.run(context);
        } catch (Exception e) {
            callbacks.failed().accept(e);
            return Job.DONE;
        }
        callbacks.succeeded().accept(result);
        return Job.DONE;
    }

    @Override
    public Job schedule(Duration delay, Runnable action) {
        action.run();
        return Job.DONE;
    }
}
