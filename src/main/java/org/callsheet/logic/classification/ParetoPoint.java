package org.callsheet.logic.classification;

/**
 * A point of the Pareto curve: the top {@code customerShare} of the current customers (ranked by
 * 12-month revenue) bring {@code revenueShare} of the revenue; both 0–1.
 */
public record ParetoPoint(double customerShare, double revenueShare) {
}
