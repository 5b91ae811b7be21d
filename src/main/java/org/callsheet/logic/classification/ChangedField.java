package org.callsheet.logic.classification;

/** Which part of a customer's classification changed. */
public enum ChangedField {
    /** The status the customer book filters on (pyramid tier, inactive, prospect, …). */
    STATUS,
    /** The value quadrant (§4). */
    QUADRANT,
    /** The RFM segment (§3). */
    SEGMENT
}
