package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One pass over every customer's orders, filling primitive columns: window revenue and count,
 * last window day, whether anything was ordered by D, the churn warning (which needs the sorted
 * distinct order days, so is decided here while they are at hand) and the purchase summary of
 * the repeat-purchase model in whole days. Work per customer is O(k log k) for k orders, with
 * buffers reused across customers.
 */
final class PopulationScan {

    final int n;
    final BigDecimal[] revenue;
    final int[] windowOrders;
    final long[] lastWindowDay;
    final boolean[] orderedByAsOf;
    final boolean[] current;
    final boolean[] churn;
    /** Purchase summaries (customers with a purchase on or before D), in whole days. */
    final boolean[] hasSummary;
    final int[] x;
    final int[] txDays;
    final int[] ageDays;
    final double[] meanRepeatSpend;

    private long[] packed = new long[16];
    private double[] amounts = new double[16];
    private long[] distinctDays = new long[16];

    PopulationScan(List<CustomerHistory> customers, ReportingWindow window, ChurnRule churnRule) {
        n = customers.size();
        revenue = new BigDecimal[n];
        windowOrders = new int[n];
        lastWindowDay = new long[n];
        orderedByAsOf = new boolean[n];
        current = new boolean[n];
        churn = new boolean[n];
        hasSummary = new boolean[n];
        x = new int[n];
        txDays = new int[n];
        ageDays = new int[n];
        meanRepeatSpend = new double[n];
        long start = window.startEpochDay();
        long end = window.endEpochDay();
        for (int i = 0; i < n; i++) {
            scan(i, customers.get(i), start, end, churnRule);
        }
    }

    private void scan(int i, CustomerHistory customer, long startDay, long endDay, ChurnRule churnRule) {
        List<OrderFact> orders = customer.orders();
        ensureCapacity(orders.size());
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        long last = Long.MIN_VALUE;
        int k = 0;
        for (OrderFact o : orders) {
            long day = o.date().toEpochDay();
            if (day > endDay) {
                continue;
            }
            amounts[k] = o.amount().doubleValue();
            packed[k] = (day << 24) | k;
            k++;
            if (day > startDay) {
                sum = sum.add(o.amount());
                count++;
                last = Math.max(last, day);
            }
        }
        revenue[i] = sum;
        windowOrders[i] = count;
        lastWindowDay[i] = last;
        orderedByAsOf[i] = k > 0;
        current[i] = sum.signum() > 0 && !customer.contacts().noNeed();
        if (k == 0) {
            return;
        }
        Arrays.sort(packed, 0, k);
        if (current[i]) {
            int distinct = 0;
            for (int j = 0; j < k; j++) {
                long day = packed[j] >> 24;
                if (distinct == 0 || distinctDays[distinct - 1] != day) {
                    distinctDays[distinct++] = day;
                }
            }
            churn[i] = churnRule.warnsOnDistinctDays(distinctDays, distinct, endDay);
        }
        Optional<PurchaseSummary> summary = PurchaseSummary.fromPacked(packed, amounts, k, endDay);
        if (summary.isPresent()) {
            PurchaseSummary s = summary.get();
            hasSummary[i] = true;
            x[i] = s.x();
            txDays[i] = (int) Math.round(s.tx() * PurchaseSummary.DAYS_PER_WEEK);
            ageDays[i] = (int) Math.round(s.age() * PurchaseSummary.DAYS_PER_WEEK);
            meanRepeatSpend[i] = s.meanRepeatSpend();
        }
    }

    private void ensureCapacity(int size) {
        if (size >= 1 << 24) {
            throw new IllegalArgumentException("too many orders for one customer: " + size);
        }
        if (packed.length < size) {
            int capacity = Math.max(size, packed.length * 2);
            packed = new long[capacity];
            amounts = new double[capacity];
            distinctDays = new long[capacity];
        }
    }
}
