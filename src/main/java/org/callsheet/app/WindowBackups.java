package org.callsheet.app;

import org.callsheet.logic.safety.RollingBackups;
import org.slf4j.LoggerFactory;

/**
 * The window's automatic backups: the day's first one on a thread of its own while the window
 * opens, one on exit (when the book changed since the newest backup) before the database closes
 * (the exit waits for the first).
 */
final class WindowBackups {
    private final AppContext context;
    private final RollingBackups backups;
    private final Thread daily;

    private WindowBackups(AppContext context) {
        this.context = context;
        this.backups = new RollingBackups(context.safety, context.safetySettings, context.clock);
        this.daily = Thread.ofPlatform().name("daily-backup").unstarted(this::daily);
    }

    static WindowBackups start(AppContext context) {
        WindowBackups backups = new WindowBackups(context);
        backups.daily.start();
        return backups;
    }

    private void daily() {
        try {
            backups.takeDailyIfDue();
        } catch (RuntimeException e) {
            // the window goes on; the next start tries again, and the exit takes one as well
            LoggerFactory.getLogger(WindowBackups.class).warn("The day's backup could not be taken", e);
        }
    }

    /** Takes the exit backup when the book changed, then closes the database. */
    void closeWithBackup() {
        try {
            daily.join();
            backups.takeOnExitIfChanged();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(WindowBackups.class).warn("The exit backup could not be taken", e);
        } finally {
            context.close();
        }
    }
}
