package org.callsheet.logic.safety;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the newest of each of the last {@code days} days that have one, the newest
 * of each of the last {@code weeks} weeks, and always the newest few (so the one taken before the
 * latest import or restore is there even when it was not the day's last).
 */
public record BackupRetention(int days, int weeks) {
    public static final BackupRetention DEFAULT = new BackupRetention(7, 4);
    /** Always kept, whatever their day: the latest backups before imports and restores. */
    static final int NEWEST_ALWAYS_KEPT = 3;

    public BackupRetention {
        if (days < 1 || weeks < 0) {
            throw new IllegalArgumentException("keep at least one day");
        }
    }

    /** The backups to delete from {@code backups}. */
    public List<BackupInfo> toDelete(List<BackupInfo> backups, ZoneId zone) {
        List<BackupInfo> newestFirst = backups.stream()
                .sorted(Comparator.comparing(BackupInfo::takenAt).reversed()).toList();
        Set<BackupInfo> keep = new LinkedHashSet<>(newestFirst.subList(0, Math.min(NEWEST_ALWAYS_KEPT,
                newestFirst.size())));
        Set<LocalDate> daysSeen = new HashSet<>();
        Set<Integer> weeksSeen = new HashSet<>();
        for (BackupInfo backup : newestFirst) {
            LocalDate day = backup.takenAt().atZone(zone).toLocalDate();
            if (daysSeen.size() < days && daysSeen.add(day)) {
                keep.add(backup);
            }
            int week = day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeksSeen.size() < weeks && weeksSeen.add(week)) {
                keep.add(backup);
            }
        }
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }
}
