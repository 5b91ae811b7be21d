package org.callsheet.logic.customers;

import java.util.List;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.Order;

/**
 * Writes many customers fast (batched inserts in one transaction per call). Orders in a batch
 * refer to customers of the same batch by list position through {@code customerId}.
 */
public interface BulkCustomerWriter {

    /** A customer with its contacts and orders; the orders' customerId is ignored. */
    record Entry(Customer customer, List<Contact> contacts, List<Order> orders) {
    }

    /** Inserts all entries in one transaction; returns the number of customers written. */
    int insertAll(List<Entry> entries);
}
