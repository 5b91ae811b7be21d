package org.callsheet.ui.safety;

import org.callsheet.logic.encryption.DatabaseEncryption;
import org.callsheet.logic.safety.DatabaseSafety;
import org.callsheet.logic.safety.SafetySettings;

/**
 * Backups, restore and encryption for the Settings screen.
 *
 * @param restart    starts Callsheet anew on the restored (or converted) database and ends this one
 * @param encryption encryption of the database file; null leaves the Encryption section out
 */
public record SafetyTools(DatabaseSafety safety, SafetySettings settings, Runnable restart,
                          DatabaseEncryption encryption) {

    /** Backups and restore without encryption (tests without a database file). */
    public SafetyTools(DatabaseSafety safety, SafetySettings settings, Runnable restart) {
        this(safety, settings, restart, null);
    }
}
