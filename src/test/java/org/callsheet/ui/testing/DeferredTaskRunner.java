package org.callsheet.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.Work;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.concurrent.WorkContext;

/**
 * Holds work and timers until the test runs them, in any order: for checking debouncing,
 * cancellation and that stale results are dropped.
 */
public final class DeferredTaskRunner implements TaskRunner {
    private final List<Pending> work = new ArrayList<>();
    private final List<Timer> timers = new ArrayList<>();

    private final class Pending {
        final Work<?> task;
        final WorkCallbacks<?> callbacks;
        boolean cancelled;

        Pending(Work<?> task, WorkCallbacks<?> callbacks) {
            this.task = task;
            this.callbacks = callbacks;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void run() {
            if (cancelled) {
                ((Runnable) callbacks.cancelled()).run();
                return;
            }
            Object result;
            try {
                result = task.run(WorkContext.NONE);
            } catch (Exception e) {
                callbacks.failed().accept(e);
                return;
            }
            ((java.util.function.Consumer) callbacks.succeeded()).accept(result);
        }
    }

    private static final class Timer {
        final Runnable action;
        boolean cancelled;

        Timer(Runnable action) {
            this.action = action;
        }
    }

    @Override
    public <T> Job submit(Work<T> task, WorkCallbacks<T> callbacks) {
        Pending pending = new Pending(task, callbacks);
        work.add(pending);
        return () -> pending.cancelled = true;
    }

    @Override
    public Job schedule(Duration delay, Runnable action) {
        Timer timer = new Timer(action);
        timers.add(timer);
        return () -> timer.cancelled = true;
    }

    public int pendingWork() {
        return work.size();
    }

    public int liveTimers() {
        return (int) timers.stream().filter(t -> !t.cancelled).count();
    }

    /** Fires the timers that were not cancelled. */
    public void fireTimers() {
        List<Timer> due = new ArrayList<>(timers);
        timers.clear();
        due.stream().filter(t -> !t.cancelled).forEach(t -> t.action.run());
    }

    /** Runs the pending work at a position (0 = oldest). */
    public void run(int index) {
        work.remove(index).run();
    }

    /** Runs everything pending, including work submitted meanwhile, oldest first. */
    public void runAll() {
        while (!work.isEmpty() || timers.stream().anyMatch(t -> !t.cancelled)) {
            fireTimers();
            while (!work.isEmpty()) {
                work.removeFirst().run();
            }
        }
    }
}
