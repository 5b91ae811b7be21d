package org.callsheet.logic.customers;

import java.util.List;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.Order;

/** A customer with everything that hangs off it: what a delete removes and an undo restores. */
public record CustomerSnapshot(Customer customer, List<Contact> contacts, List<Order> orders) {
    public CustomerSnapshot {
        contacts = List.copyOf(contacts);
        orders = List.copyOf(orders);
    }
}
