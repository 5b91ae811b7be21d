package org.callsheet.logic.encryption;

/**
 * Converting the database file failed after the database was closed for it. The file is as it was
 * before; whatever used the database must open it again (the window starts itself anew).
 */
public final class ConversionFailedException extends RuntimeException {
    public ConversionFailedException(Throwable cause) {
        super("the database file was not converted: " + cause.getMessage(), cause);
    }
}
