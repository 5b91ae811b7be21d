package org.callsheet.model;

/** What came of a visit: the customer was met, nobody could be met, or it was called off. */
public enum VisitOutcome {
    MET, NOT_MET, CANCELLED;

    /** A met customer counts as contacted, like a connected call. */
    public boolean contacted() {
        return this == MET;
    }
}
