package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Places the scored customers (§3) in the value quadrants of docs/domain.md §4: aov = M / F against
 * F, split at the medians over the scored customers (mean of the two middle values when their
 * number is even); "high" is strictly above the median. All comparisons are exact on the
 * fractions M / F (a double comparison decides only when the two values are clearly apart).
 */
public final class ValueQuadrants {

    private static final double CLEARLY_APART = 1e-9;

    private ValueQuadrants() {
    }

    /** The medians a placement used (the aov median rounded to 16 digits for display). */
    public record Medians(BigDecimal averageOrderAmount, BigDecimal frequency) {
    }

    /** Quadrants of the scored customers, in input order; {@code rfm} supplies F and M. */
    public static List<ValueQuadrant> place(List<RfmInput> rfm) {
        long[] f = rfm.stream().mapToLong(RfmInput::frequency).toArray();
        BigDecimal[] m = rfm.stream().map(RfmInput::monetary).toArray(BigDecimal[]::new);
        return List.of(place(m, f, medians(m, f)));
    }

    /**
     * Quadrants of every customer as of the window's date: scored customers by the medians,
     * others potential (never ordered by then) or lapsed.
     */
    public static Map<Long, ValueQuadrant> classify(List<CustomerHistory> customers, ReportingWindow window) {
        List<WindowStats> stats = customers.stream().map(c -> WindowStats.of(c.orders(), window)).toList();
        int[] scored = IntStream.range(0, customers.size()).filter(i -> stats.get(i).scored()).toArray();
        BigDecimal[] m = new BigDecimal[scored.length];
        long[] f = new long[scored.length];
        for (int k = 0; k < scored.length; k++) {
            m[k] = stats.get(scored[k]).revenue();
            f[k] = stats.get(scored[k]).orders();
        }
        ValueQuadrant[] placed = place(m, f, medians(m, f));
        ValueQuadrant[] all = new ValueQuadrant[customers.size()];
        for (int k = 0; k < scored.length; k++) {
            all[scored[k]] = placed[k];
        }
        Map<Long, ValueQuadrant> out = new LinkedHashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            ValueQuadrant q = all[i] != null ? all[i]
                    : stats.get(i).orderedByAsOf() ? ValueQuadrant.LAPSED : ValueQuadrant.POTENTIAL;
            out.put(customers.get(i).customerId(), q);
        }
        return out;
    }

    /** M / F rounded to cents, for display. */
    public static BigDecimal averageOrderAmount(BigDecimal monetary, long frequency) {
        return monetary.divide(BigDecimal.valueOf(frequency), 2, RoundingMode.HALF_UP);
    }

    /** A median as an exact fraction numerator / denominator (denominator &gt; 0). */
    record Fraction(BigDecimal numerator, long denominator, double approx) {
        static Fraction of(BigDecimal numerator, long denominator) {
            return new Fraction(numerator, denominator, numerator.doubleValue() / denominator);
        }

        /** Sign of a/b − this, b &gt; 0. */
        int compareFrom(BigDecimal a, long b, double approxA) {
            double scale = Math.max(Math.abs(approxA), Math.abs(approx));
            if (Math.abs(approxA - approx) > CLEARLY_APART * scale) {
                return approxA > approx ? 1 : -1;
            }
            return a.multiply(BigDecimal.valueOf(denominator)).compareTo(numerator.multiply(BigDecimal.valueOf(b)));
        }
    }

    record ExactMedians(Fraction averageOrderAmount, Fraction frequency) {
        Medians display() {
            return new Medians(averageOrderAmount.numerator().divide(
                    BigDecimal.valueOf(averageOrderAmount.denominator()), MathContext.DECIMAL64),
                    frequency.numerator().divide(BigDecimal.valueOf(frequency.denominator())));
        }
    }

    static ExactMedians medians(BigDecimal[] m, long[] f) {
        int n = m.length;
        if (n == 0) {
            return new ExactMedians(Fraction.of(BigDecimal.ZERO, 1), Fraction.of(BigDecimal.ZERO, 1));
        }
        double[] approx = new double[n];
        for (int i = 0; i < n; i++) {
            approx[i] = m[i].doubleValue() / f[i];
        }
        int[] byAov = sortedByRatio(m, f, approx);
        int[] byF = IndexSort.byLongKeys(f);
        Fraction aovMedian;
        Fraction fMedian;
        if (n % 2 == 1) {
            int a = byAov[n / 2];
            aovMedian = Fraction.of(m[a], f[a]);
            fMedian = Fraction.of(BigDecimal.valueOf(f[byF[n / 2]]), 1);
        } else {
            int a = byAov[n / 2 - 1];
            int b = byAov[n / 2];
            // (Ma/Fa + Mb/Fb) / 2 = (Ma·Fb + Mb·Fa) / (2·Fa·Fb)
            aovMedian = Fraction.of(m[a].multiply(BigDecimal.valueOf(f[b])).add(m[b].multiply(BigDecimal.valueOf(f[a]))),
                    Math.multiplyExact(2, Math.multiplyExact(f[a], f[b])));
            fMedian = Fraction.of(BigDecimal.valueOf(f[byF[n / 2 - 1]]).add(BigDecimal.valueOf(f[byF[n / 2]])), 2);
        }
        return new ExactMedians(aovMedian, fMedian);
    }

    static ValueQuadrant[] place(BigDecimal[] m, long[] f, ExactMedians medians) {
        ValueQuadrant[] out = new ValueQuadrant[m.length];
        for (int i = 0; i < m.length; i++) {
            boolean aovHigh = medians.averageOrderAmount().compareFrom(m[i], f[i], m[i].doubleValue() / f[i]) > 0;
            boolean fHigh = medians.frequency().compareFrom(BigDecimal.valueOf(f[i]), 1, f[i]) > 0;
            out[i] = ValueQuadrant.of(aovHigh, fHigh);
        }
        return out;
    }

    /**
     * Indices in ascending order of M / F where it matters: sorted by the double values, then
     * the run of near-equal values around the middle re-sorted exactly, so the middle positions
     * hold the exact median elements.
     */
    private static int[] sortedByRatio(BigDecimal[] m, long[] f, double[] approx) {
        int n = m.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToLongBits(approx[i] + 0.0);
            keys[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
        }
        int[] order = IndexSort.byLongKeys(keys);
        int lo = Math.max(0, n / 2 - 1);
        int hi = n / 2;
        double middle = approx[order[lo]];
        while (lo > 0 && nearlyEqual(approx[order[lo - 1]], middle)) {
            lo--;
        }
        while (hi < n - 1 && nearlyEqual(approx[order[hi + 1]], approx[order[hi]])) {
            hi++;
        }
        int[] run = java.util.Arrays.copyOfRange(order, lo, hi + 1);
        IndexSort.sort(run, (i, j) -> compareRatios(m[i], f[i], approx[i], m[j], f[j], approx[j]));
        System.arraycopy(run, 0, order, lo, run.length);
        return order;
    }

    private static boolean nearlyEqual(double a, double b) {
        return Math.abs(a - b) <= CLEARLY_APART * Math.max(Math.abs(a), Math.abs(b));
    }

    private static int compareRatios(BigDecimal ma, long fa, double da, BigDecimal mb, long fb, double db) {
        double scale = Math.max(Math.abs(da), Math.abs(db));
        if (Math.abs(da - db) > CLEARLY_APART * scale) {
            return da < db ? -1 : 1;
        }
        return ma.multiply(BigDecimal.valueOf(fb)).compareTo(mb.multiply(BigDecimal.valueOf(fa)));
    }
}
