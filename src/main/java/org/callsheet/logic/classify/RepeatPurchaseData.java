package org.callsheet.logic.classify;

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

    /** Number of customers (sum of the weights). */
    public double customers() {
        return totalWeight;
    }

    int rows() {
        return x.length;
    }
}
