package org.callsheet.logic.csv.imports;

import java.util.List;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/** A customer an import adds, with the contacts of its rows (several when the file names it more than once). */
public record NewCustomer(Customer customer, List<Contact> contacts) {
    public NewCustomer {
        contacts = List.copyOf(contacts);
    }
}
