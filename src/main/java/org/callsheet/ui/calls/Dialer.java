package org.callsheet.ui.calls;

/** Hands a number to the system's phone app, or copies it when there is none. */
@FunctionalInterface
public interface Dialer {
    enum Result { OPENED, COPIED }

    Result dial(String number);
}
