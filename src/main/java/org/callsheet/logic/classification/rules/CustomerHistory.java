package org.callsheet.logic.classification.rules;

import java.util.List;
import java.util.Objects;

/** Everything the classification needs about one customer: its orders (any order) and contacts. */
public record CustomerHistory(long customerId, List<OrderFact> orders, ContactFacts contacts) {

    public CustomerHistory {
        orders = orders == null ? List.of() : List.copyOf(orders);
        contacts = Objects.requireNonNullElse(contacts, ContactFacts.NONE);
    }

    public static CustomerHistory of(long customerId, List<OrderFact> orders) {
        return new CustomerHistory(customerId, orders, ContactFacts.NONE);
    }
}
