package org.callsheet.model;

/** Open while being worked; won at the last stage, or lost at any stage with a reason. */
public enum OpportunityStatus {
    OPEN,
    WON,
    LOST;

    public boolean closed() {
        return this != OPEN;
    }
}
