package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.callsheet.model.CustomerStatus;

/**
 * Churn warning of docs/domain.md §10: a current customer with at least 3 distinct order dates on or
 * before D whose days since the last order exceed 2 × the median gap (in days) between its
 * consecutive distinct order dates (median of an even count = mean of the two middle gaps).
 */
public final class ChurnRule {

    private final ClassificationSettings.ChurnSettings settings;
    private final long factorTimesTwo;
    private final boolean wholeHalfFactor;

    public ChurnRule(ClassificationSettings.ChurnSettings settings) {
        this.settings = settings;
        BigDecimal doubled = settings.gapFactor().multiply(BigDecimal.TWO);
        this.wholeHalfFactor = doubled.stripTrailingZeros().scale() <= 0;
        this.factorTimesTwo = wholeHalfFactor ? doubled.longValueExact() : 0;
    }

    public boolean warns(CustomerStatus status, List<OrderFact> orders, LocalDate asOf) {
        if (status == null || !status.isCurrent()) {
            return false;
        }
        long[] days = orders.stream().filter(o -> o.onOrBefore(asOf)).mapToLong(o -> o.date().toEpochDay())
                .sorted().distinct().toArray();
        return warnsOnDistinctDays(days, days.length, asOf.toEpochDay());
    }

    /**
     * The rule on the sorted distinct order days (all on or before {@code asOfDay}) of a current
     * customer. The comparison is exact: with the median as (g1 + g2) / 2, "since &gt; factor ×
     * median" is tested as 4·since &gt; 2·factor · (g1 + g2) in whole numbers when 2·factor is whole.
     */
    boolean warnsOnDistinctDays(long[] sortedDistinctDays, int n, long asOfDay) {
        if (n < settings.minOrderDates()) {
            return false;
        }
        long[] gaps = new long[n - 1];
        for (int i = 1; i < n; i++) {
            gaps[i - 1] = sortedDistinctDays[i] - sortedDistinctDays[i - 1];
        }
        Arrays.sort(gaps);
        int m = gaps.length;
        long twiceMedian = m % 2 == 1 ? 2 * gaps[m / 2] : gaps[m / 2 - 1] + gaps[m / 2];
        long since = asOfDay - sortedDistinctDays[n - 1];
        if (wholeHalfFactor) {
            return 4 * since > factorTimesTwo * twiceMedian;
        }
        return BigDecimal.valueOf(2 * since).compareTo(settings.gapFactor().multiply(BigDecimal.valueOf(twiceMedian))) > 0;
    }
}
