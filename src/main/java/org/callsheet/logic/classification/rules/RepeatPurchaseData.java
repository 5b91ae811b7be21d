package org.callsheet.logic.classification.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-customer (x, t_x, T) summaries in columns, with identical summaries merged into one row
 * carrying a weight, so a likelihood evaluation costs one pass over the distinct summaries.
 * Also keeps, per distinct x, an index so x-only terms of a likelihood are computed once.
 */
public final class RepeatPurchaseData {

    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] weight;
    final int[] distinctX;
    final int[] xSlot;
    /** Distinct t_x and T values and each row's slot among them (a likelihood takes their logs once). */
    final double[] distinctTx;
    final int[] txSlot;
    final double[] distinctAge;
    final int[] ageSlot;
    private final double totalWeight;

    private RepeatPurchaseData(int[] x, double[] tx, double[] age, double[] weight) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.weight = weight;
        Map<Integer, Integer> slots = new HashMap<>();
        this.xSlot = new int[x.length];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            Integer slot = slots.computeIfAbsent(x[i], k -> slots.size());
            xSlot[i] = slot;
            total += weight[i];
        }
        this.distinctX = new int[slots.size()];
        slots.forEach((value, slot) -> distinctX[slot] = value);
        this.totalWeight = total;
        this.txSlot = new int[x.length];
        this.distinctTx = slotsOf(tx, txSlot);
        this.ageSlot = new int[x.length];
        this.distinctAge = slotsOf(age, ageSlot);
    }

    private static double[] slotsOf(double[] values, int[] slotOf) {
        Map<Double, Integer> slots = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            slotOf[i] = slots.computeIfAbsent(values[i], k -> slots.size());
        }
        double[] distinct = new double[slots.size()];
        slots.forEach((value, slot) -> distinct[slot] = value);
        return distinct;
    }

    /** Builds the data from summaries, merging identical ones. */
    public static RepeatPurchaseData of(List<PurchaseSummary> summaries) {
        Map<PurchaseSummary, Integer> counts = new HashMap<>();
        for (PurchaseSummary s : summaries) {
            counts.merge(new PurchaseSummary(s.x(), s.tx(), s.age(), 0.0), 1, Integer::sum);
        }
        int n = counts.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] weight = new double[n];
        int i = 0;
        for (Map.Entry<PurchaseSummary, Integer> e : counts.entrySet()) {
            x[i] = e.getKey().x();
            tx[i] = e.getKey().tx();
            age[i] = e.getKey().age();
            weight[i] = e.getValue();
            i++;
        }
        return new RepeatPurchaseData(x, tx, age, weight);
    }

    /**
     * Builds the data from whole-day columns (x, t_x in days, T in days) of {@code n} customers,
     * merging identical ones by sorting packed keys; {@code rowOf[i]} receives the row of
     * customer i, so per-row forecasts can be shared.
     */
    static RepeatPurchaseData ofDays(int[] x, int[] txDays, int[] ageDays, int n, int[] rowOf) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            if (x[i] >= 1 << 20 || txDays[i] >= 1 << 21 || ageDays[i] >= 1 << 22) {
                throw new IllegalArgumentException("purchase history too long to summarise");
            }
            keys[i] = ((long) x[i] << 43) | ((long) txDays[i] << 22) | ageDays[i];
        }
        int[] order = IndexSort.byLongKeys(keys);
        int rows = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || keys[order[k]] != keys[order[k - 1]]) {
                rows++;
            }
        }
        int[] rx = new int[rows];
        double[] rtx = new double[rows];
        double[] rage = new double[rows];
        double[] weight = new double[rows];
        int row = -1;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (k == 0 || keys[i] != keys[order[k - 1]]) {
                row++;
                rx[row] = x[i];
                rtx[row] = txDays[i] / PurchaseSummary.DAYS_PER_WEEK;
                rage[row] = ageDays[i] / PurchaseSummary.DAYS_PER_WEEK;
            }
            weight[row]++;
            rowOf[i] = row;
        }
        return new RepeatPurchaseData(rx, rtx, rage, weight);
    }

    /** Number of customers (sum of the weights). */
    public double customers() {
        return totalWeight;
    }

    int rows() {
        return x.length;
    }
}
