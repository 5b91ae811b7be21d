package org.callsheet.logic.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The window's automatic backups: the first of each day (taken at start when the newest backup is
 * from an earlier day) and one on exit when the book changed, kept as the settings say.
 */
public final class RollingBackups {
    private final DatabaseSafety safety;
    private final SafetySettings settings;
    private final Clock clock;

    public RollingBackups(DatabaseSafety safety, SafetySettings settings, Clock clock) {
        this.safety = safety;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean dailyDue() {
        Optional<BackupInfo> newest = safety.newestBackup();
        LocalDate today = LocalDate.now(clock);
        return newest.map(b -> b.takenAt().atZone(clock.getZone()).toLocalDate().isBefore(today)).orElse(true);
    }

    /** Takes the day's first backup when none was taken today; returns it, or empty. */
    public Optional<BackupInfo> takeDailyIfDue() {
        return dailyDue() ? Optional.of(safety.backup(BackupKind.DAILY, settings.retention())) : Optional.empty();
    }

    /**
     * The exit backup, taken when the newest backup is from an earlier day or the book changed
     * since it was taken: on a large book a backup takes minutes (ADR 40), and one that holds the
     * same book again protects nothing more.
     */
    public Optional<BackupInfo> takeOnExitIfChanged() {
        if (!dailyDue() && !safety.changedSinceNewestBackup()) {
            return Optional.empty();
        }
        return Optional.of(safety.backup(BackupKind.EXIT, settings.retention()));
    }
}
