package org.callsheet.ui.concurrent;

/** Handle of submitted or scheduled work. */
@FunctionalInterface
public interface Job {
    Job DONE = () -> { };

    /** Asks the work to stop; its success callback will not run afterwards. */
    void cancel();
}
