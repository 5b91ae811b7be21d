package org.callsheet.logic.csv;

/** How to read dates like 03/04/2025 where the year comes last. */
public enum DayMonthOrder {
    /** 03/04/2025 is 3 April. */
    DAY_FIRST,
    /** 03/04/2025 is 4 March. */
    MONTH_FIRST
}
