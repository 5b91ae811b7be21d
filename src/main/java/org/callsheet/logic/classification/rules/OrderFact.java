package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One order as the classification rules see it. Returns are negative amounts. {@code cost},
 * {@code paid} and {@code dueDate} are null when the company's system does not send them.
 */
public record OrderFact(LocalDate date, BigDecimal amount, BigDecimal cost, BigDecimal paid, LocalDate dueDate) {

    public OrderFact {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }

    /** An order with only a date and an amount. */
    public static OrderFact of(LocalDate date, BigDecimal amount) {
        return new OrderFact(date, amount, null, null, null);
    }

    /** An order with its cost. */
    public static OrderFact withCost(LocalDate date, BigDecimal amount, BigDecimal cost) {
        return new OrderFact(date, amount, cost, null, null);
    }

    boolean onOrBefore(LocalDate day) {
        return !date.isAfter(day);
    }
}
