package org.callsheet.model;

/**
 * How a call ended. A connected outcome means the rep spoke to someone at the customer; only those
 * count as a contact, the others are attempts. {@code OTHER_CONNECTED} and {@code OTHER_NOT_CONNECTED}
 * store the rep's own outcomes (the call then names which one in {@code Call.customOutcome}).
 */
public enum CallOutcome {
    CONNECTED(true),
    NO_ANSWER(false),
    BUSY(false),
    WRONG_NUMBER(false),
    VOICEMAIL(false),
    REFUSED(true),
    CALL_BACK_LATER(true),
    OTHER_CONNECTED(true),
    OTHER_NOT_CONNECTED(false);

    private final boolean connected;

    CallOutcome(boolean connected) {
        this.connected = connected;
    }

    public boolean connected() {
        return connected;
    }

    /** Whether this value stands for a rep's own outcome rather than a built-in one. */
    public boolean custom() {
        return this == OTHER_CONNECTED || this == OTHER_NOT_CONNECTED;
    }

    /** The value a rep's own outcome is stored as. */
    public static CallOutcome forCustom(boolean connected) {
        return connected ? OTHER_CONNECTED : OTHER_NOT_CONNECTED;
    }
}
