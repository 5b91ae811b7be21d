package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer value = gross profit − cost to serve (docs/domain.md §6), over the reporting window:
 * gross profit = Σ (amount − cost) of the window orders; cost to serve = calls in the window ×
 * cost per call + visits in the window × cost per visit + other service costs. Groups, in order
 * of precedence: unknown (an order without cost), negative (value &lt; 0), most valuable (the top
 * share of the positive values, ties at the cut all in), most growable (revenue of the second
 * half of the window at least (1 + growth rate) × the first half, and positive), ordinary.
 */
public final class ServiceValueRule {

    private final ClassificationSettings.ServiceCostSettings settings;

    public ServiceValueRule(ClassificationSettings.ServiceCostSettings settings) {
        this.settings = settings;
    }

    public List<ServiceValue> evaluate(List<CustomerHistory> customers, ReportingWindow window) {
        int n = customers.size();
        BigDecimal[] profit = new BigDecimal[n];
        BigDecimal[] cost = new BigDecimal[n];
        boolean[] growing = new boolean[n];
        LocalDate middle = window.asOf().minusMonths(window.months() / 2);
        for (int i = 0; i < n; i++) {
            CustomerHistory c = customers.get(i);
            BigDecimal gp = BigDecimal.ZERO;
            BigDecimal firstHalf = BigDecimal.ZERO;
            BigDecimal secondHalf = BigDecimal.ZERO;
            for (OrderFact o : c.orders()) {
                if (!window.contains(o.date())) {
                    continue;
                }
                gp = gp == null || o.cost() == null ? null : gp.add(o.amount().subtract(o.cost()));
                if (o.date().isAfter(middle)) {
                    secondHalf = secondHalf.add(o.amount());
                } else {
                    firstHalf = firstHalf.add(o.amount());
                }
            }
            profit[i] = gp;
            growing[i] = secondHalf.signum() > 0
                    && secondHalf.compareTo(firstHalf.multiply(BigDecimal.ONE.add(settings.growthRate()))) >= 0;
            cost[i] = settings.costPerCall().multiply(BigDecimal.valueOf(ContactFacts.countInWindow(c.contacts().callDates(), window)))
                    .add(settings.costPerVisit().multiply(BigDecimal.valueOf(ContactFacts.countInWindow(c.contacts().visitDates(), window))))
                    .add(c.contacts().otherServiceCost());
        }
        BigDecimal topCut = topCut(profit, cost);
        List<ServiceValue> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal value = profit[i] == null ? null : profit[i].subtract(cost[i]);
            ServiceValueGroup group;
            if (value == null) {
                group = ServiceValueGroup.UNKNOWN;
            } else if (value.signum() < 0) {
                group = ServiceValueGroup.NEGATIVE;
            } else if (topCut != null && value.signum() > 0 && value.compareTo(topCut) >= 0) {
                group = ServiceValueGroup.MOST_VALUABLE;
            } else if (growing[i]) {
                group = ServiceValueGroup.MOST_GROWABLE;
            } else {
                group = ServiceValueGroup.ORDINARY;
            }
            out.add(new ServiceValue(customers.get(i).customerId(), profit[i], cost[i], value, group));
        }
        return out;
    }

    /** The value at position ceil(share · P) among the P positive values, highest first. */
    private BigDecimal topCut(BigDecimal[] profit, BigDecimal[] cost) {
        List<BigDecimal> positive = new ArrayList<>();
        for (int i = 0; i < profit.length; i++) {
            if (profit[i] != null) {
                BigDecimal v = profit[i].subtract(cost[i]);
                if (v.signum() > 0) {
                    positive.add(v);
                }
            }
        }
        int k = RevenuePyramid.cut(settings.mostValuableShare(), positive.size());
        if (k == 0) {
            return null;
        }
        positive.sort((a, b) -> b.compareTo(a));
        return positive.get(k - 1);
    }
}
