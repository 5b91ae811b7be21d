package org.callsheet.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the status bar shows: how many customers there are, whether search is ready, and the
 * last thing that happened (with an undo when there is one). Shared by the screens; lives as long
 * as the window, across language changes.
 */
public final class StatusModel {
    private static final Logger LOG = LoggerFactory.getLogger(StatusModel.class);
    /** Search index progress while it loads; {@link #SEARCH_READY} once it is ready. */
    public static final double SEARCH_READY = 1.0;
    public static final double SEARCH_FAILED = -2.0;
    public static final double SEARCH_NOT_STARTED = -1.0;

    private final LongProperty customerCount = new SimpleLongProperty(-1);
    private final DoubleProperty searchProgress = new SimpleDoubleProperty(SEARCH_NOT_STARTED);
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> undo = new SimpleObjectProperty<>();

    public ReadOnlyLongProperty customerCountProperty() {
        return customerCount;
    }

    public ReadOnlyDoubleProperty searchProgressProperty() {
        return searchProgress;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<Runnable> undoProperty() {
        return undo;
    }

    public void setSearchProgress(double progress) {
        searchProgress.set(progress);
    }

    public boolean isSearchReady() {
        return searchProgress.get() == SEARCH_READY;
    }

    /** Shows a message; any earlier undo offer is withdrawn. */
    public void show(UserMessage text) {
        message.set(text);
        undo.set(null);
    }

    /** Shows a message with an undo action beside it (until the next message). */
    public void showWithUndo(UserMessage text, Runnable undoAction) {
        message.set(text);
        undo.set(undoAction);
    }

    /** Runs the offered undo, if any. */
    public boolean undoLast() {
        Runnable action = undo.get();
        if (action == null) {
            return false;
        }
        undo.set(null);
        action.run();
        return true;
    }

    /** Counts the customers again in the background. */
    public void refreshCount(TaskRunner runner, CustomerBook book) {
        runner.submit(context -> book.count(), WorkCallbacks.of(customerCount::set, failure("status.countFailed")));
    }

    /**
     * A failure callback for background work that tells the user, in the status bar and in their
     * language, what could not be done ({@code messageKey}); the cause goes to the log.
     */
    public Consumer<Throwable> failure(String messageKey) {
        return error -> {
            LOG.warn("{} failed", messageKey, error);
            show(UserMessage.of(messageKey));
        };
    }
}
