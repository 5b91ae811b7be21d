package org.callsheet.model;

/** Who dialled: the rep (outgoing) or the customer (incoming). */
public enum CallDirection {
    OUTGOING, INCOMING
}
