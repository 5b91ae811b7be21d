package org.callsheet.logic.classification;

import java.math.BigDecimal;
import org.callsheet.model.CustomerStatus;

/** A current customer with a churn warning (§10): its status, revenue and days since its last order. */
public record ChurnWarning(CustomerStatus status, BigDecimal revenue12m, Integer recencyDays) {
}
