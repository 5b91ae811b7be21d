package org.callsheet.logic.customers;

import java.util.List;
import java.util.Objects;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.Order;

/**
 * A customer with everything that hangs off it: what a delete removes and an undo restores. The
 * remains carry what the store kept beside (calls, follow-ups, classification) so that an undo
 * puts the customer back exactly as it was.
 */
public record CustomerSnapshot(Customer customer, List<Contact> contacts, List<Order> orders,
                               CustomerRemains remains) {
    public CustomerSnapshot {
        contacts = List.copyOf(contacts);
        orders = List.copyOf(orders);
        Objects.requireNonNull(remains, "remains");
    }

    /** A snapshot of the customer's own fields, contacts and orders only. */
    public CustomerSnapshot(Customer customer, List<Contact> contacts, List<Order> orders) {
        this(customer, contacts, orders, CustomerRemains.NONE);
    }
}
