package org.callsheet.logic.classification;

/** Why a customer's classification changed: the "why" column of the change history. */
public enum ChangeCause {
    /** A reclassification started by the user (or the command line). */
    RECLASSIFIED,
    /** A rep set a manual status. */
    OVERRIDE,
    /** A rep removed a manual status; the rules decide again. */
    OVERRIDE_CLEARED,
    /** Reclassified after a CSV import. */
    IMPORT,
    /** Reclassified after orders were added, edited or deleted. */
    ORDERS_CHANGED
}
