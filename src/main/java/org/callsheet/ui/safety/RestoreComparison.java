package org.callsheet.ui.safety;

import org.callsheet.logic.safety.BackupContents;
import org.callsheet.logic.safety.BookCounts;

/** A checked backup and the current book, side by side, before the user agrees to a restore. */
public record RestoreComparison(BackupContents backup, BookCounts current) {
}
