package org.callsheet.logic.safety;

import java.time.Instant;

/** A backup that was opened and counted: what a restore would bring back. */
public record BackupContents(BackupInfo backup, BookCounts counts) {
    public Instant takenAt() {
        return backup.takenAt();
    }
}
