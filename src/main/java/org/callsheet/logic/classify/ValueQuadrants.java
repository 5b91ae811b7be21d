package org.callsheet.logic.classify;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the scored customers (§3) in the value quadrants of DOMAIN.md §4: aov = M / F against
 * F, split at the medians over the scored customers (mean of the two middle values when their
 * number is even); "high" is strictly above the median.
 */
public final class ValueQuadrants {

    /** Precision of aov = M / F; equal ratios give equal results, so ties stay ties. */
    static final MathContext AOV_PRECISION = MathContext.DECIMAL128;

    private ValueQuadrants() {
    }

    /** The medians a placement used. */
    public record Medians(BigDecimal averageOrderAmount, BigDecimal frequency) {
    }

    /** Quadrants of the scored customers, in input order; {@code rfm} supplies F and M. */
    public static List<ValueQuadrant> place(List<RfmInput> rfm) {
        long[] f = rfm.stream().mapToLong(RfmInput::frequency).toArray();
        BigDecimal[] aov = rfm.stream().map(i -> averageOrderAmount(i.monetary(), i.frequency()))
                .toArray(BigDecimal[]::new);
        return Arrays.asList(place(aov, f));
    }

    /**
     * Quadrants of every customer as of the window's date: scored customers by the medians,
     * others potential (never ordered by then) or lapsed.
     */
    public static Map<Long, ValueQuadrant> classify(List<CustomerHistory> customers, ReportingWindow window) {
        Map<Long, ValueQuadrant> out = new LinkedHashMap<>();
        List<WindowStats> stats = customers.stream().map(c -> WindowStats.of(c.orders(), window)).toList();
        List<Integer> scored = java.util.stream.IntStream.range(0, customers.size())
                .filter(i -> stats.get(i).scored()).boxed().toList();
        BigDecimal[] aov = new BigDecimal[scored.size()];
        long[] f = new long[scored.size()];
        for (int k = 0; k < scored.size(); k++) {
            WindowStats s = stats.get(scored.get(k));
            aov[k] = averageOrderAmount(s.revenue(), s.orders());
            f[k] = s.orders();
        }
        ValueQuadrant[] placed = place(aov, f);
        ValueQuadrant[] all = new ValueQuadrant[customers.size()];
        for (int k = 0; k < scored.size(); k++) {
            all[scored.get(k)] = placed[k];
        }
        for (int i = 0; i < customers.size(); i++) {
            ValueQuadrant q = all[i] != null ? all[i]
                    : stats.get(i).orderedByAsOf() ? ValueQuadrant.LAPSED : ValueQuadrant.POTENTIAL;
            out.put(customers.get(i).customerId(), q);
        }
        return out;
    }

    public static BigDecimal averageOrderAmount(BigDecimal monetary, long frequency) {
        return monetary.divide(BigDecimal.valueOf(frequency), AOV_PRECISION);
    }

    static ValueQuadrant[] place(BigDecimal[] aov, long[] frequency) {
        Medians medians = medians(aov, frequency);
        ValueQuadrant[] out = new ValueQuadrant[aov.length];
        for (int i = 0; i < aov.length; i++) {
            out[i] = ValueQuadrant.of(aov[i].compareTo(medians.averageOrderAmount()) > 0,
                    BigDecimal.valueOf(frequency[i]).compareTo(medians.frequency()) > 0);
        }
        return out;
    }

    static Medians medians(BigDecimal[] aov, long[] frequency) {
        if (aov.length == 0) {
            return new Medians(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal[] sortedAov = aov.clone();
        Arrays.sort(sortedAov, BigDecimal::compareTo);
        BigDecimal[] sortedF = Arrays.stream(frequency).sorted().mapToObj(BigDecimal::valueOf)
                .toArray(BigDecimal[]::new);
        return new Medians(median(sortedAov), median(sortedF));
    }

    /** Median of sorted values: the middle one, or the exact mean of the two middle ones. */
    static BigDecimal median(BigDecimal[] sorted) {
        int n = sorted.length;
        if (n % 2 == 1) {
            return sorted[n / 2];
        }
        return sorted[n / 2 - 1].add(sorted[n / 2]).divide(BigDecimal.TWO);
    }
}
