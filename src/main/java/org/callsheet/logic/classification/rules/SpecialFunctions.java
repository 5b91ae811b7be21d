package org.callsheet.logic.classification.rules;

/**
 * Log-gamma and the Gauss hypergeometric series, accurate to about 1e-14 relative in the ranges
 * the repeat-purchase models use (positive arguments; hypergeometric argument in [0, 1)).
 */
public final class SpecialFunctions {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    /** Below this the argument is shifted up before the asymptotic series is used. */
    private static final double STIRLING_FROM = 15.0;
    private static final int MAX_SERIES_TERMS = 2_000_000;

    private SpecialFunctions() {
    }

    /**
     * ln Γ(x) for x &gt; 0: Stirling's series with Bernoulli corrections up to x^-11, after the
     * recurrence Γ(x) = Γ(x + n) / (x (x+1) … (x+n-1)) lifts small arguments to at least 15.
     */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
        }
        double shiftLog = 0.0;
        double product = 1.0;
        double y = x;
        while (y < STIRLING_FROM) {
            product *= y;
            if (product > 1e280) {
                shiftLog += Math.log(product);
                product = 1.0;
            }
            y += 1.0;
        }
        shiftLog += Math.log(product);
        double inv = 1.0 / y;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12
                - inv2 * (1.0 / 360
                - inv2 * (1.0 / 1260
                - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188
                - inv2 * (691.0 / 360360))))));
        return (y - 0.5) * Math.log(y) - y + HALF_LOG_TWO_PI + series - shiftLog;
    }

    /**
     * ln Γ(x + n) − ln Γ(x) for a whole n ≥ 0: exact rising-factorial sum for small n (no
     * cancellation between two large log-gammas), log-gamma difference otherwise.
     */
    public static double logRisingFactorial(double x, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
        if (n > 30) {
            return logGamma(x + n) - logGamma(x);
        }
        double product = 1.0;
        for (int k = 0; k < n; k++) {
            product *= x + k;
        }
        return Math.log(product);
    }

    /**
     * The Gauss hypergeometric function 2F1(a, b; c; z) by its power series, for 0 ≤ z &lt; 1 and
     * c not a non-positive integer. Callers near z = 1 should first move to a form whose terms
     * shrink quickly (see {@link BgNbdModel}). NaN when the series overflows or does not
     * converge (extreme parameters).
     */
    public static double hypergeometric2F1(double a, double b, double c, double z) {
        if (z < 0 || z >= 1) {
            throw new IllegalArgumentException("series needs 0 <= z < 1, got " + z);
        }
        double term = 1.0;
        double sum = 1.0;
        for (int n = 0; n < MAX_SERIES_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (!Double.isFinite(sum)) {
                return Double.NaN;
            }
            if (term == 0.0 || Math.abs(term) <= 1e-16 * Math.abs(sum) && n > 2) {
                return sum;
            }
        }
        return Double.NaN;
    }

    /**
     * 2F1(a, b; c; z) at several arguments at once (each 0 ≤ z &lt; 1), sharing the series
     * coefficients: {@code out[k]} receives the value at {@code z[k]}, NaN where the series
     * overflows or does not converge.
     */
    public static void hypergeometric2F1(double a, double b, double c, double[] z, double[] out) {
        int m = z.length;
        double[] power = new double[m];
        for (int k = 0; k < m; k++) {
            if (z[k] < 0 || z[k] >= 1) {
                throw new IllegalArgumentException("series needs 0 <= z < 1, got " + z[k]);
            }
            power[k] = 1.0;
            out[k] = 1.0;
        }
        double coefficient = 1.0;
        for (int n = 0; n < MAX_SERIES_TERMS; n++) {
            coefficient *= (a + n) * (b + n) / ((c + n) * (n + 1));
            boolean converged = n > 2;
            boolean finite = true;
            for (int k = 0; k < m; k++) {
                power[k] *= z[k];
                double term = coefficient * power[k];
                out[k] += term;
                converged &= term == 0.0 || Math.abs(term) <= 1e-16 * Math.abs(out[k]);
                finite &= Double.isFinite(out[k]);
            }
            if (!finite || coefficient == 0.0) {
                if (!finite) {
                    java.util.Arrays.fill(out, Double.NaN);
                }
                return;
            }
            if (converged) {
                return;
            }
        }
        java.util.Arrays.fill(out, Double.NaN);
    }
}
