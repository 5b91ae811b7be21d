package org.callsheet.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An order of a customer. Returns are orders with a negative amount. {@code cost},
 * {@code paidAmount} and {@code dueDate} may be null when the company's system does not send them.
 */
public record Order(
        Long id,
        String uid,
        String externalId,
        long customerId,
        LocalDate date,
        BigDecimal amount,
        BigDecimal cost,
        BigDecimal paidAmount,
        LocalDate dueDate,
        Instant createdAt,
        Instant updatedAt) {

    public Order {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }

    public Order withId(Long newId) {
        return new Order(newId, uid, externalId, customerId, date, amount, cost, paidAmount, dueDate,
                createdAt, updatedAt);
    }
}
