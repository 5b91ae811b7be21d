package org.callsheet.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets Ctrl-C stop long work cleanly: the shutdown hook raises a flag the work checks between
 * batches, then holds the JVM until the work has finished its current batch (at most a while).
 */
final class ShutdownCancel implements AutoCloseable {
    private static final long GRACE_SECONDS = 30;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stop, "callsheet-cancel");

    private ShutdownCancel() {
    }

    static ShutdownCancel install() {
        ShutdownCancel cancel = new ShutdownCancel();
        Runtime.getRuntime().addShutdownHook(cancel.hook);
        return cancel;
    }

    boolean requested() {
        return requested.get();
    }

    private void stop() {
        requested.set(true);
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it is waiting for exactly this close
        }
    }
}
