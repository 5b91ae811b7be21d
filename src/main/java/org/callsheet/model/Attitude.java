package org.callsheet.model;

/** The customer's attitude during a call (态度). */
public enum Attitude {
    POSITIVE, NEUTRAL, NEGATIVE
}
