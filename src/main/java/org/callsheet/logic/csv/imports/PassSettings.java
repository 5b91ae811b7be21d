package org.callsheet.logic.csv.imports;

import java.time.Clock;
import org.callsheet.logic.csv.HeaderMapping;

/** What every pass of one import shares: its transaction, the file's mapping, the policy, and whether it writes. */
record PassSettings(ImportSession session, HeaderMapping mapping, DuplicatePolicy policy, boolean dryRun,
                    Clock clock) {
}
