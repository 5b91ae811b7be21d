package org.callsheet.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static BackupInfo at(LocalDateTime when, BackupKind kind) {
        return new BackupInfo(Path.of(when + "-" + kind.code()), when.atZone(ZONE).toInstant(), kind, 1);
    }

    @Test
    void keepsTheNewestOfEachOfSevenDaysAndFourWeeksAndTheLatestFew() {
        List<BackupInfo> backups = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 12, 7);
        for (int day = 0; day < 60; day++) {
            backups.add(at(today.minusDays(day).atTime(9, 0), BackupKind.DAILY));
            backups.add(at(today.minusDays(day).atTime(18, 0), BackupKind.EXIT));
        }
        backups.add(at(today.atTime(10, 0), BackupKind.BEFORE_IMPORT));
        backups.add(at(today.atTime(11, 0), BackupKind.BEFORE_IMPORT));

        List<BackupInfo> deleted = BackupRetention.DEFAULT.toDelete(backups, ZONE);
        List<BackupInfo> kept = backups.stream().filter(b -> !deleted.contains(b)).toList();

        // today (a Monday): the exit and the two before imports, the newest three; the exits of the 6
        // days before; of the 4 weeks, this one and the last end on kept days: 2 more Sundays' exits
        assertThat(kept).hasSize(3 + 6 + 2);
        assertThat(kept).contains(at(today.minusDays(8).atTime(18, 0), BackupKind.EXIT),
                at(today.minusDays(15).atTime(18, 0), BackupKind.EXIT));
        assertThat(kept).contains(at(today.atTime(11, 0), BackupKind.BEFORE_IMPORT),
                at(today.atTime(10, 0), BackupKind.BEFORE_IMPORT), at(today.minusDays(6).atTime(18, 0), BackupKind.EXIT));
        assertThat(kept).doesNotContain(at(today.minusDays(1).atTime(9, 0), BackupKind.DAILY));
    }

    @Test
    void fewBackupsAreAllKept() {
        List<BackupInfo> backups = List.of(at(LocalDateTime.of(2026, 12, 7, 9, 0), BackupKind.MANUAL));

        assertThat(BackupRetention.DEFAULT.toDelete(backups, ZONE)).isEmpty();
    }
}
