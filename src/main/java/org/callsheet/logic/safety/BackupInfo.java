package org.callsheet.logic.safety;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file: where, when it was taken, why, how large. */
public record BackupInfo(Path file, Instant takenAt, BackupKind kind, long size) {
}
