package org.callsheet.logic.classification.rules;

import java.time.LocalDate;

/**
 * A customer on the nurture list (§10): strong stated need but no deal in the window.
 * {@code lastOrder} is the last order on or before D (null if it never bought),
 * {@code lastContact} the last call or visit on or before D (null if none).
 */
public record PotentialBigCustomer(long customerId, LocalDate lastContact, LocalDate lastOrder) {
}
