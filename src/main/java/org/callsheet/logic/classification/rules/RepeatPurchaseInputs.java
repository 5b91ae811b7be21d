package org.callsheet.logic.classification.rules;

/**
 * What each customer's repeat-purchase forecast is computed from, in whole days, by population
 * index: whether it had bought by the as-of date D at all, its repeat purchases x, the days
 * from its first to its last purchase (t_x) and from its first purchase to D (T), and its mean
 * repeat spend (see {@link PurchaseSummary}). Only T moves with D, so a store can keep the
 * first purchase date and derive P(alive), expected orders and CLV for any later D from the
 * run's fitted model ({@link RepeatPurchaseModel#forecast(int, int, int, double)}).
 */
public final class RepeatPurchaseInputs {
    private final boolean[] bought;
    private final int[] x;
    private final int[] spanDays;
    private final int[] ageDays;
    private final double[] meanRepeatSpend;

    RepeatPurchaseInputs(boolean[] bought, int[] x, int[] spanDays, int[] ageDays, double[] meanRepeatSpend) {
        this.bought = bought;
        this.x = x;
        this.spanDays = spanDays;
        this.ageDays = ageDays;
        this.meanRepeatSpend = meanRepeatSpend;
    }

    /** True when customer {@code i} had a purchase on or before D; the other values are 0 otherwise. */
    public boolean bought(int i) {
        return bought[i];
    }

    public int repeatPurchases(int i) {
        return x[i];
    }

    /** Days from the first to the last purchase (t_x). */
    public int spanDays(int i) {
        return spanDays[i];
    }

    /** Days from the first purchase to D (T). */
    public int ageDays(int i) {
        return ageDays[i];
    }

    public double meanRepeatSpend(int i) {
        return meanRepeatSpend[i];
    }
}
