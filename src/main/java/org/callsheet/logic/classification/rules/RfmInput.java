package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * R, F and M of a customer with at least one order in the window: days from its last window
 * order to the as-of date, number of window orders, and the sum of their amounts.
 */
public record RfmInput(long recencyDays, long frequency, BigDecimal monetary) {

    public RfmInput {
        Objects.requireNonNull(monetary, "monetary");
        if (recencyDays < 0 || frequency < 1) {
            throw new IllegalArgumentException("scored customers have recency >= 0 and at least one order");
        }
    }
}
