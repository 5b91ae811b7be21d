package org.callsheet.logic.classification.rules;

import static org.callsheet.logic.classification.rules.SpecialFunctions.hypergeometric2F1;
import static org.callsheet.logic.classification.rules.SpecialFunctions.logRisingFactorial;

/**
 * The BG/NBD repeat-purchase model (Fader, Hardie &amp; Lee 2005, "Counting Your Customers the
 * Easy Way"). Fitted by maximum likelihood; time is in the unit of the summaries (weeks here).
 */
public final class BgNbdModel {

    private final BgNbdParameters parameters;

    public BgNbdModel(BgNbdParameters parameters) {
        this.parameters = parameters;
    }

    public BgNbdParameters parameters() {
        return parameters;
    }

    /** A fitted model and the log-likelihood of the data at its parameters. */
    public record Fit(BgNbdModel model, double logLikelihood) {
    }

    /**
     * Maximum-likelihood fit: Nelder–Mead on the log-parameters (so they stay positive), started
     * from r = α = a = b = 1 with restarts until the likelihood stops improving.
     */
    public static Fit fit(RepeatPurchaseData data) {
        if (data.customers() < 1) {
            throw new IllegalArgumentException("no customers to fit");
        }
        double scale = data.customers();
        NelderMead optimiser = new NelderMead(1e-13, 20_000);
        NelderMead.Minimum min = optimiser.minimize(
                p -> outOfBounds(p) ? Double.POSITIVE_INFINITY : -logLikelihood(data, fromLog(p)) / scale, new double[] {0, 0, 0, 0}, 1.0);
        BgNbdParameters best = fromLog(min.point());
        return new Fit(new BgNbdModel(best), logLikelihood(data, best));
    }

    /** Log-parameters beyond ±LOG_BOUND are refused: the optimum is then practically at infinity. */
    private static final double LOG_BOUND = 12;

    private static boolean outOfBounds(double[] p) {
        for (double v : p) {
            if (Math.abs(v) > LOG_BOUND) {
                return true;
            }
        }
        return false;
    }

    private static BgNbdParameters fromLog(double[] p) {
        return new BgNbdParameters(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]));
    }

    /** Sum of the customers' log-likelihoods (eq. 6 of the paper). */
    public static double logLikelihood(RepeatPurchaseData data, BgNbdParameters p) {
        double r = p.r();
        double alpha = p.alpha();
        double a = p.a();
        double b = p.b();
        double[] xTerms = new double[data.distinctX.length];
        double logAlphaR = r * Math.log(alpha);
        for (int s = 0; s < xTerms.length; s++) {
            // ln[Γ(r+x)/Γ(r)] + ln[Γ(b+x)/Γ(b)] − ln[Γ(a+b+x)/Γ(a+b)], exact sums for small x
            int x = data.distinctX[s];
            xTerms[s] = logAlphaR + logRisingFactorial(r, x) + logRisingFactorial(b, x) - logRisingFactorial(a + b, x);
        }
        double logA = Math.log(a);
        // the logs below take the same arguments as per row, computed once per distinct value
        double[] logBx = new double[data.distinctX.length];
        for (int s = 0; s < logBx.length; s++) {
            int x = data.distinctX[s];
            logBx[s] = x > 0 ? Math.log(b + x - 1) : 0;
        }
        double[] logAge = logsOfSums(alpha, data.distinctAge);
        double[] logTx = logsOfSums(alpha, data.distinctTx);
        double sum = 0;
        for (int i = 0; i < data.rows(); i++) {
            int x = data.x[i];
            double a3 = -(r + x) * logAge[data.ageSlot[i]];
            double ll;
            if (x > 0) {
                double a4 = logA - logBx[data.xSlot[i]] - (r + x) * logTx[data.txSlot[i]];
                double hi = Math.max(a3, a4);
                ll = hi + Math.log(Math.exp(a3 - hi) + Math.exp(a4 - hi));
            } else {
                ll = a3;
            }
            sum += data.weight[i] * (xTerms[data.xSlot[i]] + ll);
        }
        return sum;
    }

    private static double[] logsOfSums(double base, double[] values) {
        double[] out = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = Math.log(base + values[k]);
        }
        return out;
    }

    /** Probability that a customer with this history is still active at the end of it. */
    public double probabilityAlive(int x, double tx, double age) {
        if (x == 0) {
            return 1.0;
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double logOdds = Math.log(parameters.a()) - Math.log(parameters.b() + x - 1)
                + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
        return 1.0 / (1.0 + Math.exp(logOdds));
    }

    /**
     * Expected purchases in the next {@code t} time units for a customer with history
     * (x, t_x, T) (eq. 10 of the paper). The hypergeometric factor is taken through Euler's
     * transformation, 2F1(A,B;C;z) = (1−z)^(C−A−B) 2F1(C−A, C−B; C; z), which turns
     * ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z) into (1−z)^(a−1) · 2F1(a+b−1−r, a−1;
     * a+b+x−1; z): no overflow for frequent buyers and a series that converges fast.
     */
    public double expectedPurchases(double t, int x, double tx, double age) {
        if (t <= 0) {
            return 0.0;
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        double z = t / (alpha + age + t);
        double c = a + b + x - 1;
        double logOneMinusZ = Math.log(alpha + age) - Math.log(alpha + age + t);
        double tail = Math.exp((a - 1) * logOneMinusZ) * hypergeometric2F1(a + b - 1 - r, a - 1, c, z);
        double numerator = c / (a - 1) * (1 - tail);
        double denominator = 1.0;
        if (x > 0) {
            denominator += Math.exp(Math.log(a) - Math.log(b + x - 1)
                    + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx)));
        }
        return numerator / denominator;
    }

    /**
     * {@link #expectedPurchases(double, int, double, double)} for several horizons at once
     * ({@code t[k]} &gt; 0, results in {@code out[k]}), sharing one pass of the series.
     */
    public void expectedPurchases(double[] t, int x, double tx, double age, double[] out) {
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        double c = a + b + x - 1;
        double[] z = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            z[k] = t[k] / (alpha + age + t[k]);
        }
        hypergeometric2F1(a + b - 1 - r, a - 1, c, z, out);
        double denominator = 1.0;
        if (x > 0) {
            denominator += Math.exp(Math.log(a) - Math.log(b + x - 1)
                    + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx)));
        }
        double logBase = Math.log(alpha + age);
        for (int k = 0; k < t.length; k++) {
            double logOneMinusZ = logBase - Math.log(alpha + age + t[k]);
            double tail = Math.exp((a - 1) * logOneMinusZ) * out[k];
            out[k] = c / (a - 1) * (1 - tail) / denominator;
        }
    }

    /** Expected purchases in a period of length {@code t} for a customer who has just arrived. */
    public double expectedPurchasesNewCustomer(double t) {
        return expectedPurchases(t, 0, 0, 0);
    }
}
