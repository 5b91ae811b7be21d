package org.callsheet.logic.visits;

/** A day's visits: how many are planned on it and how many of them were logged. */
public record VisitTally(int planned, int done) {
}
