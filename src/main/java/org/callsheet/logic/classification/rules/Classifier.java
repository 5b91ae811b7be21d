package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.callsheet.model.CustomerStatus;

/**
 * Classifies a whole customer population as of a date D in one pass: status and revenue
 * pyramid (docs/domain.md §2), RFM scores and segment (§3), value quadrant (§4), key-customer face
 * (§5), churn warning (§10) and the repeat-purchase forecast (BG/NBD + Gamma-Gamma: P(alive),
 * expected orders in 90 days, 12-month CLV).
 *
 * <p>Usage: {@code new Classifier(settings).classify(histories, asOf)}. Orders dated after
 * {@code asOf} are ignored everywhere, so a past date reproduces what the rules said then.
 * The repeat-purchase model is fitted on the same population (all purchases on or before D,
 * same-day orders merged); pass a model to {@link #classify(List, LocalDate, RepeatPurchaseModel)}
 * to reuse one fitted earlier, e.g. when classifying a single rep's book.
 *
 * <p>Cost: O(K log K + N log N) for N customers with K orders; everything per customer lives
 * in primitive columns, money is summed once per order as BigDecimal, and the model fit merges
 * customers with identical (x, t_x, T). Pure and thread-safe: no clock, no I/O.
 *
 * <p>Rules that need other inputs live in their own classes: {@link ServiceValueRule} (§6),
 * {@link RelationshipLevel} (§8), {@link KeyCustomerAlerts}, {@link CreditRiskRule},
 * {@link PotentialBigCustomers} (§10), {@link QuadrantMovement} (§4).
 */
public final class Classifier {

    private final ClassificationSettings settings;
    private final RevenuePyramid pyramid;
    private final FaceRule faces;
    private final ChurnRule churn;

    public Classifier(ClassificationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pyramid = new RevenuePyramid(settings.pyramid());
        this.faces = new FaceRule(settings.faces());
        this.churn = new ChurnRule(settings.churn());
    }

    /** Classifies the customers as of {@code asOf}, fitting the repeat-purchase model on them. */
    public PopulationClassification classify(List<CustomerHistory> customers, LocalDate asOf) {
        return scan(customers, asOf, null).withForecasts();
    }

    /** Classifies the customers as of {@code asOf} with an already fitted repeat-purchase model. */
    public PopulationClassification classify(List<CustomerHistory> customers, LocalDate asOf,
                                             RepeatPurchaseModel model) {
        return scan(customers, asOf, Objects.requireNonNull(model, "model")).withForecasts();
    }

    /**
     * Scans the customers' orders once and leaves the rest to the returned {@link Pending}: the
     * rules' results and the repeat-purchase forecasts are made from the scan independently, so a
     * reclassification applies the rules while the model is fitted on another thread.
     */
    public Pending classifyDeferringForecasts(List<CustomerHistory> customers, LocalDate asOf) {
        return scan(customers, asOf, null);
    }

    private Pending scan(List<CustomerHistory> input, LocalDate asOf, RepeatPurchaseModel given) {
        List<CustomerHistory> customers = input instanceof RandomAccess ? input : new ArrayList<>(input);
        ReportingWindow window = new ReportingWindow(asOf, settings.windowMonths());
        return new Pending(customers, window, new PopulationScan(customers, window, churn), given);
    }

    /** A scanned population: its rules' results and its forecasts still to be made. */
    public final class Pending {
        private final List<CustomerHistory> customers;
        private final ReportingWindow window;
        private final PopulationScan scan;
        private final RepeatPurchaseModel given;

        private Pending(List<CustomerHistory> customers, ReportingWindow window, PopulationScan scan,
                        RepeatPurchaseModel given) {
            this.customers = customers;
            this.window = window;
            this.scan = scan;
            this.given = given;
        }

        /**
         * The results without P(alive), bucket, expected orders and CLV, and without a model. Reads
         * the histories; they are not used after this returns.
         */
        public PopulationClassification rules() {
            return Classifier.this.rules(customers, window, scan);
        }

        /**
         * Fits the model (unless one was given) and forecasts every customer. Reads only the scan,
         * so it may run on another thread while {@link #rules()} runs.
         */
        public Forecasts forecasts() {
            return forecast(scan, given);
        }

        /** The results with their forecasts, made one after the other on this thread. */
        public PopulationClassification withForecasts() {
            return forecasts().addTo(rules());
        }
    }

    /** The fitted model (empty when the data allow none) and each customer's forecast. */
    public static final class Forecasts {
        private final Optional<RepeatPurchaseModel> model;
        private final RepeatPurchaseForecast[] byCustomer;

        private Forecasts(Optional<RepeatPurchaseModel> model, RepeatPurchaseForecast[] byCustomer) {
            this.model = model;
            this.byCustomer = byCustomer;
        }

        public Optional<RepeatPurchaseModel> model() {
            return model;
        }

        /** {@code rules} (from the same {@link Pending}) with P(alive), bucket, expected orders and CLV. */
        public PopulationClassification addTo(PopulationClassification rules) {
            int n = byCustomer.length;
            if (rules.customers().size() != n) {
                throw new IllegalArgumentException("not the same customers");
            }
            List<CustomerClassification> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                CustomerClassification c = rules.customers().get(i);
                RepeatPurchaseForecast f = byCustomer[i];
                out.add(f == null ? c : new CustomerClassification(c.customerId(), c.status(), c.revenue12m(),
                        c.orders12m(), c.recencyDays(), c.recencyScore(), c.frequencyScore(), c.monetaryScore(),
                        c.segment(), c.averageOrder(), c.quadrant(), c.face(), c.churnWarning(),
                        finite(f.probabilityAlive()), f.bucket(), finite(f.expectedOrders()), f.lifetimeValue()));
            }
            return new PopulationClassification(rules.asOf(), out, rules.medians(), model, rules.purchases());
        }
    }

    private PopulationClassification rules(List<CustomerHistory> customers, ReportingWindow window,
                                           PopulationScan scan) {
        LocalDate asOf = window.asOf();
        int n = scan.n;
        CustomerStatus[] status = statuses(customers, scan, asOf);

        int[] scored = indicesWhere(scan.windowOrders);
        int s = scored.length;
        long[] recency = new long[s];
        long[] frequency = new long[s];
        BigDecimal[] monetary = new BigDecimal[s];
        for (int k = 0; k < s; k++) {
            int i = scored[k];
            recency[k] = window.endEpochDay() - scan.lastWindowDay[i];
            frequency[k] = scan.windowOrders[i];
            monetary[k] = scan.revenue[i];
        }
        RfmModel.Scores rfm = RfmModel.score(recency, frequency, monetary);
        ValueQuadrants.ExactMedians medians = ValueQuadrants.medians(monetary, frequency);
        ValueQuadrant[] placed = ValueQuadrants.place(monetary, frequency, medians);
        int[] scoredSlot = new int[n];
        Arrays.fill(scoredSlot, -1);
        for (int k = 0; k < s; k++) {
            scoredSlot[scored[k]] = k;
        }

        List<CustomerClassification> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CustomerHistory c = customers.get(i);
            int k = scoredSlot[i];
            ValueQuadrant quadrant = k >= 0 ? placed[k]
                    : scan.orderedByAsOf[i] ? ValueQuadrant.LAPSED : ValueQuadrant.POTENTIAL;
            Face face = faceOf(c, status[i], window);
            out.add(new CustomerClassification(c.customerId(), status[i], scan.revenue[i], scan.windowOrders[i],
                    k >= 0 ? (int) recency[k] : null,
                    k >= 0 ? rfm.r()[k] : 0, k >= 0 ? rfm.f()[k] : 0, k >= 0 ? rfm.m()[k] : 0,
                    k >= 0 ? rfm.segments()[k] : null,
                    k >= 0 ? ValueQuadrants.averageOrderAmount(monetary[k], frequency[k]) : null,
                    quadrant, face, scan.churn[i], null, null, null, null));
        }
        return new PopulationClassification(asOf, out, medians.display(), Optional.empty(),
                new RepeatPurchaseInputs(scan.hasSummary, scan.x, scan.txDays, scan.ageDays, scan.meanRepeatSpend));
    }

    private Forecasts forecast(PopulationScan scan, RepeatPurchaseModel given) {
        Optional<RepeatPurchaseModel> model = Optional.ofNullable(given);
        int[] summarised = indicesWhere(scan.hasSummary);
        int[] rowOf = new int[summarised.length];
        RepeatPurchaseData data = summaryData(scan, summarised, rowOf);
        if (given == null) {
            model = fitModel(scan, summarised);
        }
        return new Forecasts(model, forecasts(model, scan, summarised, rowOf, data, scan.n));
    }

    private CustomerStatus[] statuses(List<CustomerHistory> customers, PopulationScan scan, LocalDate asOf) {
        int n = scan.n;
        CustomerStatus[] status = new CustomerStatus[n];
        int[] current = indicesWhere(scan.current);
        BigDecimal[] revenues = new BigDecimal[current.length];
        for (int k = 0; k < current.length; k++) {
            revenues[k] = scan.revenue[current[k]];
        }
        CustomerStatus[] tiers = pyramid.tiers(revenues);
        for (int k = 0; k < current.length; k++) {
            status[current[k]] = tiers[k];
        }
        for (int i = 0; i < n; i++) {
            if (status[i] == null) {
                ContactFacts contacts = customers.get(i).contacts();
                status[i] = StatusRule.baseStatus(contacts.noNeed(), false, scan.orderedByAsOf[i],
                        contacts.contactedBy(asOf));
            }
        }
        return status;
    }

    private Face faceOf(CustomerHistory c, CustomerStatus status, ReportingWindow window) {
        if (!c.contacts().blackFace() && !status.isKey()) {
            return Face.NONE;
        }
        List<OrderFact> windowOrders = c.orders().stream().filter(o -> window.contains(o.date())).toList();
        return faces.face(c.contacts().blackFace(), status, windowOrders);
    }

    private Optional<RepeatPurchaseModel> fitModel(PopulationScan scan, int[] summarised) {
        int[] sample = RepeatPurchaseModel.sample(summarised.length, settings.repeatModel().maxFitCustomers());
        int[] chosen = new int[sample.length];
        int[] xs = new int[sample.length];
        double[] spend = new double[sample.length];
        for (int k = 0; k < sample.length; k++) {
            chosen[k] = summarised[sample[k]];
            xs[k] = scan.x[chosen[k]];
            spend[k] = scan.meanRepeatSpend[chosen[k]];
        }
        RepeatPurchaseData fitData = summaryData(scan, chosen, new int[chosen.length]);
        return RepeatPurchaseModel.fit(fitData, xs, spend, settings.repeatModel());
    }

    private static RepeatPurchaseData summaryData(PopulationScan scan, int[] summarised, int[] rowOf) {
        int m = summarised.length;
        int[] x = new int[m];
        int[] tx = new int[m];
        int[] age = new int[m];
        for (int k = 0; k < m; k++) {
            int i = summarised[k];
            x[k] = scan.x[i];
            tx[k] = scan.txDays[i];
            age[k] = scan.ageDays[i];
        }
        return RepeatPurchaseData.ofDays(x, tx, age, m, rowOf);
    }

    private static RepeatPurchaseForecast[] forecasts(Optional<RepeatPurchaseModel> model, PopulationScan scan,
                                                      int[] summarised, int[] rowOf, RepeatPurchaseData data, int n) {
        RepeatPurchaseForecast[] out = new RepeatPurchaseForecast[n];
        if (model.isEmpty()) {
            return out;
        }
        RepeatPurchaseModel.PurchaseForecast[] byRow = new RepeatPurchaseModel.PurchaseForecast[data.rows()];
        for (int row = 0; row < byRow.length; row++) {
            byRow[row] = model.get().purchaseForecast(data.x[row], data.tx[row], data.age[row]);
        }
        for (int k = 0; k < summarised.length; k++) {
            int i = summarised[k];
            PurchaseSummary s = new PurchaseSummary(scan.x[i], data.tx[rowOf[k]], data.age[rowOf[k]],
                    scan.meanRepeatSpend[i]);
            out[i] = model.get().forecast(s, byRow[rowOf[k]]);
        }
        return out;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static int[] indicesWhere(int[] counts) {
        int size = 0;
        for (int c : counts) {
            size += c > 0 ? 1 : 0;
        }
        int[] out = new int[size];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static int[] indicesWhere(boolean[] flags) {
        int size = 0;
        for (boolean f : flags) {
            size += f ? 1 : 0;
        }
        int[] out = new int[size];
        int k = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                out[k++] = i;
            }
        }
        return out;
    }
}
