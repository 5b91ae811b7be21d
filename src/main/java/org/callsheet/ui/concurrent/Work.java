package org.callsheet.ui.concurrent;

/** Work that runs off the UI thread; it may report progress and should stop when cancelled. */
@FunctionalInterface
public interface Work<T> {
    T run(WorkContext context) throws Exception;
}
