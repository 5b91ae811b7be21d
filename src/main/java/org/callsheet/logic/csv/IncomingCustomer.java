package org.callsheet.logic.csv;

import java.util.Optional;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/**
 * A customer read from a file, not yet stored: ids are null, the contact (when the row has
 * contact columns) has no customer id yet.
 */
public record IncomingCustomer(long row, Customer customer, Optional<Contact> contact) {
}
