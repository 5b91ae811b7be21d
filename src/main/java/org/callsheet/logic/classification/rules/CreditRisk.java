package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;

/**
 * Overdue receivables of a customer as of a date (§10): the unpaid amount of its orders whose due
 * date has passed, how many such orders, and the days the oldest one is overdue.
 */
public record CreditRisk(long customerId, BigDecimal overdueAmount, int overdueOrders, long maxDaysOverdue) {
}
