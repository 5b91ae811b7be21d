package org.callsheet.ui.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.callsheet.logic.classification.QuadrantPoint;

/**
 * Whether the value-quadrant chart shows average order amounts on a logarithmic axis. Amounts are
 * skewed: on a linear axis the few large ones push every customer below the median line into a
 * few pixels at the bottom, so half the quadrants cannot be seen. A log axis needs every amount
 * above zero, and is only worth it when they span more than one order of magnitude.
 */
final class AmountScale {
    static final int LOG_SPREAD = 20;

    private AmountScale() {
    }

    static boolean logarithmic(List<QuadrantPoint> points) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (QuadrantPoint p : points) {
            BigDecimal amount = p.averageOrder();
            if (amount == null) {
                continue;
            }
            if (amount.signum() <= 0) {
                return false;
            }
            min = min == null || amount.compareTo(min) < 0 ? amount : min;
            max = max == null || amount.compareTo(max) > 0 ? amount : max;
        }
        return min != null && max.compareTo(min.multiply(BigDecimal.valueOf(LOG_SPREAD))) >= 0;
    }

    /** The smallest amount plotted, for the lower end of a log axis. */
    static double smallest(List<QuadrantPoint> points) {
        return points.stream().map(QuadrantPoint::averageOrder).filter(a -> a != null)
                .mapToDouble(BigDecimal::doubleValue).min().orElse(1);
    }
}
