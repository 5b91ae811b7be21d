package org.callsheet.logic.csv.imports;

import java.util.List;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/** A stored customer with its tags (inside the customer) and contacts, as an import compares it. */
public record StoredCustomer(Customer customer, List<Contact> contacts) {
    public StoredCustomer {
        contacts = List.copyOf(contacts);
    }
}
