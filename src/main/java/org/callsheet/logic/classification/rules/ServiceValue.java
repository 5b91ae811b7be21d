package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;

/**
 * A customer's value net of service cost over the window (§6): gross profit, cost to serve and
 * their difference; {@code grossProfit} and {@code value} are null when an order lacks its cost.
 */
public record ServiceValue(long customerId, BigDecimal grossProfit, BigDecimal serviceCost, BigDecimal value,
                           ServiceValueGroup group) {
}
