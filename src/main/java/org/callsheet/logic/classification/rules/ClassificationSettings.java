package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Every threshold of the classification rules, grouped by rule, with the defaults of docs/domain.md
 * ({@link #DEFAULTS}). Where docs/domain.md names no number (faces, service cost, relationship level),
 * the default is documented on the nested record.
 *
 * @param windowMonths length of the revenue window ending at the as-of date (§2, §3)
 */
public record ClassificationSettings(
        int windowMonths,
        PyramidSettings pyramid,
        ChurnSettings churn,
        FaceSettings faces,
        ServiceCostSettings serviceCost,
        RelationshipSettings relationship,
        RepeatModelSettings repeatModel) {

    public static final ClassificationSettings DEFAULTS = new ClassificationSettings(12,
            PyramidSettings.DEFAULTS, ChurnSettings.DEFAULTS, FaceSettings.DEFAULTS,
            ServiceCostSettings.DEFAULTS, RelationshipSettings.DEFAULTS, RepeatModelSettings.DEFAULTS);

    public ClassificationSettings {
        if (windowMonths <= 0) {
            throw new IllegalArgumentException("windowMonths must be positive");
        }
        Objects.requireNonNull(pyramid, "pyramid");
        Objects.requireNonNull(churn, "churn");
        Objects.requireNonNull(faces, "faces");
        Objects.requireNonNull(serviceCost, "serviceCost");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(repeatModel, "repeatModel");
    }

    public ClassificationSettings withWindowMonths(int months) {
        return new ClassificationSettings(months, pyramid, churn, faces, serviceCost, relationship, repeatModel);
    }

    public ClassificationSettings withRepeatModel(RepeatModelSettings settings) {
        return new ClassificationSettings(windowMonths, pyramid, churn, faces, serviceCost, relationship, settings);
    }

    /**
     * Shares of the current customers in each pyramid tier (§2): super 1%, big the next 4%,
     * medium the next 15%; the rest are small.
     */
    public record PyramidSettings(BigDecimal superShare, BigDecimal bigShare, BigDecimal mediumShare) {
        public static final PyramidSettings DEFAULTS =
                new PyramidSettings(new BigDecimal("0.01"), new BigDecimal("0.04"), new BigDecimal("0.15"));

        public PyramidSettings {
            if (superShare.signum() < 0 || bigShare.signum() < 0 || mediumShare.signum() < 0
                    || superShare.add(bigShare).add(mediumShare).compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("pyramid shares must be >= 0 and sum to at most 1");
            }
        }
    }

    /**
     * Churn warning (§10): at least {@code minOrderDates} distinct order dates and days since the
     * last order above {@code gapFactor} × the median gap. Defaults 3 and 2.
     */
    public record ChurnSettings(int minOrderDates, BigDecimal gapFactor) {
        public static final ChurnSettings DEFAULTS = new ChurnSettings(3, new BigDecimal("2"));

        public ChurnSettings {
            if (minOrderDates < 2 || gapFactor.signum() <= 0) {
                throw new IllegalArgumentException("churn needs >= 2 order dates and a positive factor");
            }
        }
    }

    /**
     * Key-customer faces (§5), judged on the 12-month window of a key (super or big) customer
     * whose window orders all carry a cost. Margin rate = (revenue − cost) / revenue.
     *
     * @param redMinMarginRate   red needs at least this margin rate (default 30%)
     * @param redMinGapVariation red needs irregular buying: the coefficient of variation
     *                           (standard deviation / mean) of the gaps between its distinct order
     *                           dates in the window at least this (default 0.5); fewer than
     *                           three distinct dates count as irregular
     * @param whiteMaxMarginRate white (large volume, thin margin) has at most this margin rate
     *                           (default 10%)
     */
    public record FaceSettings(BigDecimal redMinMarginRate, double redMinGapVariation, BigDecimal whiteMaxMarginRate) {
        public static final FaceSettings DEFAULTS =
                new FaceSettings(new BigDecimal("0.30"), 0.5, new BigDecimal("0.10"));

        public FaceSettings {
            if (whiteMaxMarginRate.compareTo(redMinMarginRate) >= 0) {
                throw new IllegalArgumentException("white margin ceiling must be below red margin floor");
            }
        }
    }

    /**
     * Value net of service cost (§6): gross profit of the window − calls × costPerCall − visits ×
     * costPerVisit − other costs. The most valuable are the top {@code mostValuableShare} of the
     * customers with a positive value (default 20%); most growable are those whose revenue in
     * the second half of the window is at least (1 + {@code growthRate}) × the first half and
     * positive (default 20%). Defaults: 5 per call, 100 per visit.
     */
    public record ServiceCostSettings(BigDecimal costPerCall, BigDecimal costPerVisit,
                                      BigDecimal mostValuableShare, BigDecimal growthRate) {
        public static final ServiceCostSettings DEFAULTS = new ServiceCostSettings(new BigDecimal("5"),
                new BigDecimal("100"), new BigDecimal("0.20"), new BigDecimal("0.20"));
    }

    /**
     * Kotler relationship level (§8): a segment with at least {@code manyCustomersFrom} customers
     * counts as "many", with at most {@code fewCustomersUpTo} as "few" (defaults 100 and 10); a
     * margin rate below {@code mediumMarginFrom} is low, at least {@code highMarginFrom} is high
     * (defaults 10% and 30%).
     */
    public record RelationshipSettings(int manyCustomersFrom, int fewCustomersUpTo,
                                       BigDecimal mediumMarginFrom, BigDecimal highMarginFrom) {
        public static final RelationshipSettings DEFAULTS =
                new RelationshipSettings(100, 10, new BigDecimal("0.10"), new BigDecimal("0.30"));

        public RelationshipSettings {
            if (fewCustomersUpTo >= manyCustomersFrom || mediumMarginFrom.compareTo(highMarginFrom) > 0) {
                throw new IllegalArgumentException("relationship thresholds out of order");
            }
        }
    }

    /**
     * Repeat-purchase model (§10, §7): forecast horizon for expected orders (90 days), CLV horizon
     * (12 months) and its annual discount rate (10%, applied monthly), the P(alive) bucket limits
     * (above 70% high, below 30% low), and the least number of customers with a repeat purchase
     * needed to fit the models at all (below it the model fields stay empty). Larger populations
     * than {@code maxFitCustomers} (default 50,000) are fitted on a systematic sample of that
     * size (every k-th customer in input order): the estimates then differ from a full fit only
     * by sampling error, and a fit stays a matter of seconds for a million customers.
     */
    public record RepeatModelSettings(int horizonDays, int clvMonths, double annualDiscountRate,
                                      double highAliveAbove, double lowAliveBelow, int minRepeatCustomers,
                                      int maxFitCustomers) {
        public static final RepeatModelSettings DEFAULTS =
                new RepeatModelSettings(90, 12, 0.10, 0.70, 0.30, 20, 50_000);

        public RepeatModelSettings {
            if (horizonDays <= 0 || clvMonths <= 0 || annualDiscountRate < 0
                    || lowAliveBelow > highAliveAbove || minRepeatCustomers < 1 || maxFitCustomers < minRepeatCustomers) {
                throw new IllegalArgumentException("invalid repeat-model settings");
            }
        }
    }
}
