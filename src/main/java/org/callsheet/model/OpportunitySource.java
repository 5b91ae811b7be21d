package org.callsheet.model;

/** Where an opportunity was opened: from a call, a visit, a CSV import or by hand. */
public enum OpportunitySource {
    CALL,
    VISIT,
    IMPORT,
    MANUAL
}
