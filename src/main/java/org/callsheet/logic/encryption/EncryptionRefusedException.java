package org.callsheet.logic.encryption;

/**
 * A change of encryption that does not apply to the database as it is (encrypting an encrypted
 * one, decrypting a plain one); nothing was changed.
 */
public final class EncryptionRefusedException extends RuntimeException {
    public enum Reason {
        ALREADY_ENCRYPTED,
        NOT_ENCRYPTED
    }

    private final Reason reason;

    public EncryptionRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
