package org.callsheet.logic.safety;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a backup was taken; its code is part of the backup's file name. */
public enum BackupKind {
    /** When the window closed. */
    EXIT,
    /** The first of the day, when none was taken that day yet. */
    DAILY,
    /** Asked for: "Back up now" or {@code callsheet backup}. */
    MANUAL,
    /** Just before an import changed the book. */
    BEFORE_IMPORT,
    /** Just before a restore replaced the book. */
    BEFORE_RESTORE,
    /** Just before the file was encrypted, decrypted or given a new password. */
    BEFORE_ENCRYPTION;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<BackupKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
