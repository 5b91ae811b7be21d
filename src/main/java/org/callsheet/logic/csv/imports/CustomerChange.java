package org.callsheet.logic.csv.imports;

import java.util.List;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/**
 * A stored customer an import changes: its new values (with id) and the contacts to save (those
 * with an id are updated, those without are added; contacts not listed are left alone).
 */
public record CustomerChange(Customer customer, List<Contact> contacts, ChangeKind kind) {
    public CustomerChange {
        contacts = List.copyOf(contacts);
    }
}
