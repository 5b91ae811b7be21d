package org.callsheet.logic.classification;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.classification.rules.CreditRisk;
import org.callsheet.logic.classification.rules.CreditRiskRule;
import org.callsheet.logic.classification.rules.PotentialBigCustomer;
import org.callsheet.logic.classification.rules.PotentialBigCustomers;
import org.callsheet.logic.classification.rules.ReportingWindow;
import org.callsheet.logic.classification.rules.ServiceValue;
import org.callsheet.logic.classification.rules.ServiceValueGroup;
import org.callsheet.logic.classification.rules.ServiceValueRule;

/**
 * The summaries the Analysis screen shows, over the stored classification (pyramid, RFM grid,
 * quadrants and their movement, Pareto curve) and the lists that need the rules again on a few
 * customers (potential big customers, negative value, credit risk) as of today.
 */
public final class ClassificationAnalysis {
    /** A connected call with at least this interest level (1–5) states a strong need. */
    public static final int STRONG_NEED_INTEREST = 4;

    private final ClassificationQueries queries;
    private final Supplier<ClassificationSettings> settings;
    private final Clock clock;

    public ClassificationAnalysis(ClassificationQueries queries, ClassificationSettings settings, Clock clock) {
        this(queries, () -> settings, clock);
    }

    /** Reads {@code settings} for every list, so changed thresholds apply at once. */
    public ClassificationAnalysis(ClassificationQueries queries, Supplier<ClassificationSettings> settings,
                                  Clock clock) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<TierSummary> pyramid() {
        return queries.pyramid();
    }

    public List<SegmentSummary> segments() {
        return queries.segments();
    }

    public QuadrantChart quadrants(int maxPoints) {
        return queries.quadrants(maxPoints);
    }

    public List<LocalDate> snapshotDates() {
        return queries.snapshotDates();
    }

    public List<QuadrantMove> movement(LocalDate from, LocalDate to) {
        return queries.movement(from, to);
    }

    /**
     * The Pareto curve in {@code steps} equal steps of customer share (plus the origin): at step
     * k, the top ceil(k/steps · N) current customers and their share of the revenue.
     */
    public List<ParetoPoint> pareto(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be positive");
        }
        long[] cents = queries.revenueCentsDescending();
        int n = cents.length;
        List<ParetoPoint> out = new ArrayList<>(steps + 1);
        out.add(new ParetoPoint(0, 0));
        if (n == 0) {
            return out;
        }
        BigInteger[] prefix = new BigInteger[steps + 1];
        BigInteger running = BigInteger.ZERO;
        int done = 0;
        for (int k = 1; k <= steps; k++) {
            int upTo = (int) ((long) n * k / steps + ((long) n * k % steps == 0 ? 0 : 1));
            long sum = 0;
            for (; done < upTo; done++) {
                sum = Math.addExact(sum, cents[done]);
            }
            running = running.add(BigInteger.valueOf(sum));
            prefix[k] = running;
        }
        double total = running.doubleValue();
        for (int k = 1; k <= steps; k++) {
            int upTo = (int) ((long) n * k / steps + ((long) n * k % steps == 0 ? 0 : 1));
            out.add(new ParetoPoint((double) upTo / n, total == 0 ? 0 : prefix[k].doubleValue() / total));
        }
        return out;
    }

    public List<CustomerRef<ChurnWarning>> churnWarnings(int limit) {
        return queries.churnWarnings(limit);
    }

    public List<CustomerRef<KeyCustomerLost>> keyCustomersTurnedInactive(int limit) {
        return queries.keyCustomersTurnedInactive(limit);
    }

    /** The nurture list (§10): strong need stated in calls, no deal in the window. */
    public List<CustomerRef<PotentialBigCustomer>> potentialBigCustomers() {
        ReportingWindow window = new ReportingWindow(today(), settings.get().windowMonths());
        return named(PotentialBigCustomers.find(queries.strongNeedHistories(STRONG_NEED_INTEREST), window),
                PotentialBigCustomer::customerId);
    }

    /** Customers whose gross profit does not cover the cost to serve them (§6), most negative first. */
    public List<CustomerRef<ServiceValue>> negativeValueCustomers() {
        ReportingWindow window = new ReportingWindow(today(), settings.get().windowMonths());
        List<ServiceValue> negative = new ServiceValueRule(settings.get().serviceCost())
                .evaluate(queries.serviceCostCandidates(window), window).stream()
                .filter(v -> v.group() == ServiceValueGroup.NEGATIVE)
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .toList();
        return named(negative, ServiceValue::customerId);
    }

    /** Customers with overdue receivables (§10), largest amount first. */
    public List<CustomerRef<CreditRisk>> creditRisks() {
        LocalDate today = today();
        return named(CreditRiskRule.assess(queries.overdueHistories(today), today), CreditRisk::customerId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private <T> List<CustomerRef<T>> named(List<T> items, ToLongFunction<T> id) {
        Map<Long, CustomerRef<Void>> refs = queries.refs(items.stream().map(id::applyAsLong).toList());
        List<CustomerRef<T>> out = new ArrayList<>(items.size());
        for (T item : items) {
            CustomerRef<Void> ref = refs.get(id.applyAsLong(item));
            out.add(new CustomerRef<>(id.applyAsLong(item), ref == null ? null : ref.externalId(),
                    ref == null ? null : ref.name(), item));
        }
        return out;
    }
}
