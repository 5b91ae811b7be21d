package org.callsheet.ui.analysis;

import java.time.LocalDate;
import java.util.OptionalLong;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * Brings the stored classification up to today when the window opens on a later day than the
 * last run's as-of date: a new day moves the 12-month window, so tiers, segments and churn
 * warnings (and with them the day's call list) may change although no order did. Runs in the
 * background and reports in the status bar; a message the rep caused meanwhile is left standing.
 */
public final class ClassificationCatchUp {
    private final AnalysisBackend backend;
    private final TaskRunner runner;
    private final StatusModel status;
    private final Runnable afterwards;
    private Job job = Job.DONE;
    /** The message this catch-up put in the status bar last; null when none. */
    private UserMessage shown;

    /** {@code afterwards} runs on the UI thread when the classification changed, to show the new one. */
    public ClassificationCatchUp(AnalysisBackend backend, TaskRunner runner, StatusModel status, Runnable afterwards) {
        this.backend = backend;
        this.runner = runner;
        this.status = status;
        this.afterwards = afterwards;
    }

    public void start() {
        job = runner.submit(context -> {
            LocalDate today = backend.today();
            boolean behind = backend.lastRun().map(run -> run.asOf().isBefore(today)).orElse(false);
            return behind ? backend.reclassifyAll(today, AnalysisViewModel.phased(context), context::isCancelled)
                    : null;
        }, new WorkCallbacks<OptionalLong>(changed -> {
            if (changed != null && changed.isPresent()) {
                replaceOwnMessage(UserMessage.of("status.classification.caughtUp", changed.getAsLong()));
                afterwards.run();
            } else {
                replaceOwnMessage(null);
            }
        }, error -> replaceOwnMessage(UserMessage.of("status.classification.failed")),
                (done, total) -> replaceOwnMessage(UserMessage.of("status.classification.catchingUp",
                        total <= 0 ? 0 : (int) (100 * done / total))), () -> replaceOwnMessage(null)));
    }

    /** Stops the work (nothing is written when it had not started writing). */
    public void cancel() {
        job.cancel();
    }

    /** Shows {@code next} unless the status bar shows something else than this catch-up's last message. */
    private void replaceOwnMessage(UserMessage next) {
        if (status.messageProperty().get() != shown) {
            return;
        }
        if (next != null || shown != null) {
            status.show(next);
        }
        shown = next;
    }
}
