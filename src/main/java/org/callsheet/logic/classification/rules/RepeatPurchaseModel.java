package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * BG/NBD plus Gamma-Gamma, fitted together on a population's {@link PurchaseSummary summaries}
 * (weeks), and the per-customer forecast the classification shows.
 *
 * <p>CLV: the expected revenue (not margin — costs are often missing) of the next
 * {@code clvMonths} months, month by month: (expected purchases by the end of month m − by the
 * end of month m−1) × expected amount per purchase, discounted to today at the end of each
 * month with the monthly rate equivalent to the annual rate, (1 + annual)^(m/12). A month is
 * 365.25 / 12 days.
 */
public final class RepeatPurchaseModel {

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private final BgNbdModel purchases;
    private final GammaGammaModel spend;
    private final ClassificationSettings.RepeatModelSettings settings;

    /** {@code spend} may be null: then forecasts carry no spend and no CLV. */
    public RepeatPurchaseModel(BgNbdModel purchases, GammaGammaModel spend,
                               ClassificationSettings.RepeatModelSettings settings) {
        this.purchases = purchases;
        this.spend = spend;
        this.settings = settings;
    }

    /**
     * Fits both models; empty when fewer than {@code minRepeatCustomers} customers have a repeat
     * purchase. The spend model is dropped when it has too little data or an infinite mean (q ≤ 1).
     */
    public static Optional<RepeatPurchaseModel> fit(List<PurchaseSummary> summaries,
                                                    ClassificationSettings.RepeatModelSettings settings) {
        int[] sample = sample(summaries.size(), settings.maxFitCustomers());
        List<PurchaseSummary> used = java.util.Arrays.stream(sample).mapToObj(summaries::get).toList();
        int[] x = used.stream().mapToInt(PurchaseSummary::x).toArray();
        double[] m = used.stream().mapToDouble(PurchaseSummary::meanRepeatSpend).toArray();
        return fit(RepeatPurchaseData.of(used), x, m, settings);
    }

    /** Indices of a systematic sample of at most {@code max} of {@code count} items: every k-th. */
    static int[] sample(int count, int max) {
        if (count <= max) {
            return IndexSort.identity(count);
        }
        int step = (count + max - 1) / max;
        int[] out = new int[(count + step - 1) / step];
        for (int k = 0; k < out.length; k++) {
            out[k] = k * step;
        }
        return out;
    }

    static Optional<RepeatPurchaseModel> fit(RepeatPurchaseData data, int[] x, double[] meanSpend,
                                             ClassificationSettings.RepeatModelSettings settings) {
        int repeaters = 0;
        int spenders = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                repeaters++;
                if (meanSpend[i] > 0) {
                    spenders++;
                }
            }
        }
        if (repeaters < settings.minRepeatCustomers()) {
            return Optional.empty();
        }
        BgNbdModel bgNbd = BgNbdModel.fit(data).model();
        GammaGammaModel gammaGamma = null;
        if (spenders >= settings.minRepeatCustomers()) {
            GammaGammaModel fitted = GammaGammaModel.fit(x, meanSpend).model();
            if (fitted.parameters().q() > 1) {
                gammaGamma = fitted;
            }
        }
        return Optional.of(new RepeatPurchaseModel(bgNbd, gammaGamma, settings));
    }

    public BgNbdModel purchaseModel() {
        return purchases;
    }

    public Optional<GammaGammaModel> spendModel() {
        return Optional.ofNullable(spend);
    }

    public ClassificationSettings.RepeatModelSettings settings() {
        return settings;
    }

    public RepeatPurchaseForecast forecast(PurchaseSummary s) {
        return forecast(s, purchaseForecast(s.x(), s.tx(), s.age()));
    }

    /**
     * The forecast of a customer from its summary in whole days (as {@link RepeatPurchaseInputs}
     * holds it): the same arithmetic as a classification, so the same values to the last bit.
     */
    public RepeatPurchaseForecast forecast(int x, int spanDays, int ageDays, double meanRepeatSpend) {
        PurchaseSummary s = new PurchaseSummary(x, spanDays / PurchaseSummary.DAYS_PER_WEEK,
                ageDays / PurchaseSummary.DAYS_PER_WEEK, meanRepeatSpend);
        return forecast(s, purchaseForecast(x, s.tx(), s.age()));
    }

    /** The parts of a forecast that depend on (x, t_x, T) only, so equal histories share them. */
    record PurchaseForecast(double alive, double expectedOrders, double discountedOrders) {
    }

    PurchaseForecast purchaseForecast(int x, double tx, double age) {
        double alive = purchases.probabilityAlive(x, tx, age);
        int months = settings.clvMonths();
        double[] horizons = new double[months + 1];
        for (int m = 1; m <= months; m++) {
            horizons[m - 1] = m * DAYS_PER_MONTH / PurchaseSummary.DAYS_PER_WEEK;
        }
        horizons[months] = settings.horizonDays() / PurchaseSummary.DAYS_PER_WEEK;
        double[] expected = new double[months + 1];
        purchases.expectedPurchases(horizons, x, tx, age, expected);
        double discounted = spend == null ? Double.NaN : discounted(expected, months);
        return new PurchaseForecast(alive, expected[months], discounted);
    }

    RepeatPurchaseForecast forecast(PurchaseSummary s, PurchaseForecast p) {
        double perOrder = spend == null ? Double.NaN : spend.expectedSpend(s.x(), s.meanRepeatSpend());
        double value = perOrder * p.discountedOrders();
        BigDecimal clv = Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP) : null;
        RepurchaseBucket bucket = Double.isFinite(p.alive()) ? RepurchaseBucket.of(p.alive(), settings) : null;
        return new RepeatPurchaseForecast(p.alive(), bucket, p.expectedOrders(),
                perOrder, clv);
    }

    /**
     * Σ over the CLV months of the month's expected purchases (from the cumulative expectations
     * at the month ends), each discounted to today.
     */
    private double discounted(double[] cumulative, int months) {
        double monthlyFactor = Math.pow(1 + settings.annualDiscountRate(), 1.0 / 12);
        double previous = 0;
        double total = 0;
        double discount = 1;
        for (int m = 0; m < months; m++) {
            discount /= monthlyFactor;
            total += (cumulative[m] - previous) * discount;
            previous = cumulative[m];
        }
        return total;
    }
}
