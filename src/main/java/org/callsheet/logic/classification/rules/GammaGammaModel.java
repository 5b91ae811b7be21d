package org.callsheet.logic.classification.rules;

import static org.callsheet.logic.classification.rules.SpecialFunctions.logGamma;

import java.util.HashMap;
import java.util.Map;

/**
 * The Gamma-Gamma model of spend per purchase, fitted on customers with at least one repeat
 * purchase from their number of repeat purchases x and the mean amount of those purchases.
 */
public final class GammaGammaModel {

    private final GammaGammaParameters parameters;

    public GammaGammaModel(GammaGammaParameters parameters) {
        this.parameters = parameters;
    }

    public GammaGammaParameters parameters() {
        return parameters;
    }

    /** A fitted model and the log-likelihood of the data at its parameters. */
    public record Fit(GammaGammaModel model, double logLikelihood) {
    }

    /**
     * Maximum-likelihood fit on the customers with x &gt; 0 and a positive mean spend (others
     * carry no spend information and are skipped); Nelder–Mead on log-parameters.
     */
    public static Fit fit(int[] repeatPurchases, double[] meanSpend) {
        int n = 0;
        int[] x = new int[repeatPurchases.length];
        double[] m = new double[repeatPurchases.length];
        for (int i = 0; i < repeatPurchases.length; i++) {
            if (repeatPurchases[i] > 0 && meanSpend[i] > 0) {
                x[n] = repeatPurchases[i];
                m[n] = meanSpend[i];
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("no repeat customers with spend to fit");
        }
        final int count = n;
        SpendData data = new SpendData(x, m, count);
        NelderMead optimiser = new NelderMead(1e-13, 20_000);
        NelderMead.Minimum min = optimiser.minimize(
                p -> outOfBounds(p) ? Double.POSITIVE_INFINITY : -data.logLikelihood(fromLog(p)) / count, new double[] {0, 0, 0}, 1.0);
        GammaGammaParameters best = fromLog(min.point());
        return new Fit(new GammaGammaModel(best), data.logLikelihood(best));
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

    private static GammaGammaParameters fromLog(double[] p) {
        return new GammaGammaParameters(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]));
    }

    /**
     * The fitted customers with what their likelihood terms share across evaluations: logs of the
     * spends and of x, m·x, and a slot per distinct x (whose log-gamma terms are taken once per
     * evaluation). Every term is computed from the same arguments as a plain per-customer sum.
     */
    private static final class SpendData {
        private final int n;
        private final int[] x;
        private final double[] logM;
        private final double[] mx;
        private final int[] slot;
        private final int[] distinctX;
        private final double[] logX;

        SpendData(int[] x, double[] m, int n) {
            this.n = n;
            this.x = x;
            logM = new double[n];
            mx = new double[n];
            slot = new int[n];
            Map<Integer, Integer> slots = new HashMap<>();
            for (int i = 0; i < n; i++) {
                logM[i] = Math.log(m[i]);
                mx[i] = m[i] * x[i];
                slot[i] = slots.computeIfAbsent(x[i], k -> slots.size());
            }
            distinctX = new int[slots.size()];
            slots.forEach((value, s) -> distinctX[s] = value);
            logX = new double[distinctX.length];
            for (int s = 0; s < distinctX.length; s++) {
                logX[s] = Math.log(distinctX[s]);
            }
        }

        double logLikelihood(GammaGammaParameters params) {
            double p = params.p();
            double q = params.q();
            double g = params.gamma();
            double constant = q * Math.log(g) - logGamma(q);
            double[] gammaPxq = new double[distinctX.length];
            double[] gammaPx = new double[distinctX.length];
            for (int s = 0; s < distinctX.length; s++) {
                double px = p * distinctX[s];
                gammaPxq[s] = logGamma(px + q);
                gammaPx[s] = logGamma(px);
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                int s = slot[i];
                double px = p * x[i];
                sum += constant + gammaPxq[s] - gammaPx[s] + (px - 1) * logM[i]
                        + px * logX[s] - (px + q) * Math.log(g + mx[i]);
            }
            return sum;
        }
    }

    /**
     * Expected amount of a future purchase of a customer with x repeat purchases of mean amount
     * {@code meanSpend}: a weighted mean of the population mean p·γ/(q−1) and the customer's own
     * mean. Needs q &gt; 1 (otherwise the population mean is infinite and NaN is returned).
     */
    public double expectedSpend(int x, double meanSpend) {
        double p = parameters.p();
        double q = parameters.q();
        if (q <= 1) {
            return Double.NaN;
        }
        return p * (parameters.gamma() + x * meanSpend) / (p * x + q - 1);
    }
}
