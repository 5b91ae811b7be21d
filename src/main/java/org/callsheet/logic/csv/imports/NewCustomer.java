package org.callsheet.logic.csv.imports;

import java.util.Optional;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/** A customer an import adds, with the contact of its row when there is one. */
public record NewCustomer(Customer customer, Optional<Contact> contact) {
}
