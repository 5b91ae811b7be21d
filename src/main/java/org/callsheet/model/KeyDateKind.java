package org.callsheet.model;

/** Dates worth a call (docs/domain.md §10, care dates). */
public enum KeyDateKind {
    /** A contact's birthday. */
    BIRTHDAY,
    /** The anniversary of the company's founding. */
    FOUNDING_ANNIVERSARY,
    /** The anniversary of the first order (合作纪念日). */
    FIRST_DEAL_ANNIVERSARY
}
