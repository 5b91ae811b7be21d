package org.callsheet.logic.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.callsheet.model.Order;

/**
 * An order read from a file. It names its customer by the company's external id; the stored
 * customer is looked up later, which is why this is not yet an {@link Order}.
 * {@code externalId}, {@code cost}, {@code paidAmount} and {@code dueDate} may be null.
 */
public record IncomingOrder(long row, String externalId, String customerExternalId, LocalDate date,
                            BigDecimal amount, BigDecimal cost, BigDecimal paidAmount, LocalDate dueDate) {

    public Order toOrder(String uid, long customerId, Instant now) {
        return new Order(null, uid, externalId, customerId, date, amount, cost, paidAmount, dueDate, now, now);
    }
}
