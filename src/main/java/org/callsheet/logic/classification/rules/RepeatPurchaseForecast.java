package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;

/**
 * One customer's repeat-purchase forecast: P(alive) and its bucket, expected orders in the
 * horizon (90 days by default), expected amount per future order, and the customer lifetime
 * value over the CLV horizon (12 months by default). {@code expectedSpend} is NaN and
 * {@code lifetimeValue} null when no spend model could be fitted.
 */
public record RepeatPurchaseForecast(double probabilityAlive, RepurchaseBucket bucket, double expectedOrders,
                                     double expectedSpend, BigDecimal lifetimeValue) {
}
