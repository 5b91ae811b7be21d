package org.callsheet.ui.safety;

import org.callsheet.logic.safety.DatabaseSafety;
import org.callsheet.logic.safety.SafetySettings;

/**
 * Backups and restore for the Settings screen.
 *
 * @param restart starts Callsheet anew on the restored database and ends this one
 */
public record SafetyTools(DatabaseSafety safety, SafetySettings settings, Runnable restart) {
}
