package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One customer's orders seen through a {@link ReportingWindow}: revenue and count of the window
 * orders (returns included), the last window order date, and whether any order is dated on or
 * before the as-of date.
 */
public record WindowStats(BigDecimal revenue, int orders, LocalDate lastOrder, boolean orderedByAsOf) {

    public static WindowStats of(List<OrderFact> orders, ReportingWindow window) {
        BigDecimal revenue = BigDecimal.ZERO;
        int count = 0;
        LocalDate last = null;
        boolean ordered = false;
        for (OrderFact o : orders) {
            if (!o.onOrBefore(window.asOf())) {
                continue;
            }
            ordered = true;
            if (window.contains(o.date())) {
                revenue = revenue.add(o.amount());
                count++;
                if (last == null || o.date().isAfter(last)) {
                    last = o.date();
                }
            }
        }
        return new WindowStats(revenue, count, last, ordered);
    }

    /** revenue_12m &gt; 0. */
    public boolean current() {
        return revenue.signum() > 0;
    }

    /** Has at least one order in the window, so is scored by RFM and placed in a quadrant. */
    public boolean scored() {
        return orders > 0;
    }

    /** R, F and M of a scored customer (see {@link #scored()}). */
    public RfmInput toRfmInput(LocalDate asOf) {
        return new RfmInput(ChronoUnit.DAYS.between(lastOrder, asOf), orders, revenue);
    }
}
