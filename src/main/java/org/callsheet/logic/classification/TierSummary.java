package org.callsheet.logic.classification;

import java.math.BigDecimal;
import org.callsheet.model.CustomerStatus;

/**
 * One level of the revenue pyramid: how many customers have the status, their 12-month revenue,
 * and that revenue's share of the total over all customers (0–1, zero when there is no revenue).
 */
public record TierSummary(CustomerStatus status, long customers, BigDecimal revenue, BigDecimal revenueShare) {
}
