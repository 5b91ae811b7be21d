package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Short ways to write orders and customers in tests. */
final class Orders {

    private Orders() {
    }

    static OrderFact order(String date, String amount) {
        return OrderFact.of(LocalDate.parse(date), new BigDecimal(amount));
    }

    static OrderFact order(String date, String amount, String cost) {
        return OrderFact.withCost(LocalDate.parse(date), new BigDecimal(amount), new BigDecimal(cost));
    }

    static CustomerHistory customer(long id, OrderFact... orders) {
        return CustomerHistory.of(id, List.of(orders));
    }

    static CustomerHistory customer(long id, ContactFacts contacts, OrderFact... orders) {
        return new CustomerHistory(id, List.of(orders), contacts);
    }

    static ContactFacts calledOn(String date) {
        return new ContactFacts(List.of(LocalDate.parse(date)), List.of(), null, false, false, false);
    }

    static ContactFacts noNeed() {
        return new ContactFacts(List.of(), List.of(), null, true, false, false);
    }

    static ContactFacts blackFace() {
        return new ContactFacts(List.of(), List.of(), null, false, true, false);
    }

    static ContactFacts strongNeed(String lastCall) {
        return new ContactFacts(lastCall == null ? List.of() : List.of(LocalDate.parse(lastCall)), List.of(), null,
                false, false, true);
    }

    static BigDecimal money(String s) {
        return new BigDecimal(s);
    }
}
