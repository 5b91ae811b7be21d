package org.callsheet.logic.visits;

/** A row of a stops file that was left out, with the column and why. */
public record StopProblem(long row, String column, Reason reason, String value) {
    public enum Reason { MISSING, NOT_A_NUMBER, OUT_OF_RANGE }
}
