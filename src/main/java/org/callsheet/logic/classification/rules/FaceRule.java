package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import org.callsheet.model.CustomerStatus;

/**
 * Decides a customer's face (docs/domain.md §5), in this order:
 * <ol>
 *   <li>black when the rep set the flag (the flag is the rule, so no cost data is needed);</li>
 *   <li>none when the customer is not a key customer (super or big);</li>
 *   <li>unknown when any window order has no cost (a margin would be a guess);</li>
 *   <li>red when the margin rate (revenue − cost) / revenue of the window is at least
 *       {@code redMinMarginRate} and buying is irregular: fewer than three distinct order dates in
 *       the window, or a coefficient of variation of the gaps between them of at least
 *       {@code redMinGapVariation};</li>
 *   <li>white when the margin rate is at most {@code whiteMaxMarginRate} (a key customer is
 *       large volume by definition);</li>
 *   <li>none otherwise.</li>
 * </ol>
 */
public final class FaceRule {

    private final ClassificationSettings.FaceSettings settings;

    public FaceRule(ClassificationSettings.FaceSettings settings) {
        this.settings = settings;
    }

    /** The face of a customer from its status and its orders in the window. */
    public Face face(boolean blackFlag, CustomerStatus status, List<OrderFact> windowOrders) {
        if (blackFlag) {
            return Face.BLACK;
        }
        if (status == null || !status.isKey()) {
            return Face.NONE;
        }
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        long[] days = new long[windowOrders.size()];
        int n = 0;
        for (OrderFact o : windowOrders) {
            if (o.cost() == null) {
                return Face.UNKNOWN;
            }
            revenue = revenue.add(o.amount());
            cost = cost.add(o.cost());
            days[n++] = o.date().toEpochDay();
        }
        if (revenue.signum() <= 0) {
            return Face.NONE;
        }
        BigDecimal marginRate = revenue.subtract(cost).divide(revenue, MathContext.DECIMAL64);
        if (marginRate.compareTo(settings.redMinMarginRate()) >= 0 && irregular(days, n)) {
            return Face.RED;
        }
        if (marginRate.compareTo(settings.whiteMaxMarginRate()) <= 0) {
            return Face.WHITE;
        }
        return Face.NONE;
    }

    private boolean irregular(long[] days, int n) {
        long[] distinct = Arrays.stream(days, 0, n).sorted().distinct().toArray();
        if (distinct.length < 3) {
            return true;
        }
        return gapVariation(distinct) >= settings.redMinGapVariation();
    }

    /** Coefficient of variation (population standard deviation / mean) of consecutive gaps. */
    static double gapVariation(long[] sortedDistinctDays) {
        int gaps = sortedDistinctDays.length - 1;
        double mean = (double) (sortedDistinctDays[gaps] - sortedDistinctDays[0]) / gaps;
        double squares = 0;
        for (int i = 1; i <= gaps; i++) {
            double d = sortedDistinctDays[i] - sortedDistinctDays[i - 1] - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / gaps) / mean;
    }
}
