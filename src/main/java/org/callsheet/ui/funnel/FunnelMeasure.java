package org.callsheet.ui.funnel;

/** What the funnel chart's widths show: how many opportunities reached each stage, or their amount. */
public enum FunnelMeasure {
    COUNT,
    AMOUNT
}
