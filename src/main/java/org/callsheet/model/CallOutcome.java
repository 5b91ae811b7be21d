package org.callsheet.model;

/**
 * How a call ended. A connected outcome means the rep spoke to someone at the customer; only those
 * count as a contact, the others are attempts.
 */
public enum CallOutcome {
    CONNECTED(true),
    NO_ANSWER(false),
    BUSY(false),
    WRONG_NUMBER(false),
    VOICEMAIL(false),
    REFUSED(true),
    CALL_BACK_LATER(true);

    private final boolean connected;

    CallOutcome(boolean connected) {
        this.connected = connected;
    }

    public boolean connected() {
        return connected;
    }
}
