package org.callsheet.logic.funnel.chart;

/** What the width of each stage of the funnel chart stands for. */
public enum FunnelMeasure {
    /** How many opportunities reached the stage. */
    COUNT,
    /** The amount of the opportunities that reached the stage. */
    AMOUNT
}
