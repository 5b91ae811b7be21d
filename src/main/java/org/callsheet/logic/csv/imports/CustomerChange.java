package org.callsheet.logic.csv.imports;

import java.util.List;
import org.callsheet.logic.history.CustomerFieldDiff;
import org.callsheet.model.FieldChange;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/**
 * A stored customer an import changes: its new values (with id), its values as stored before this
 * write (for the field history), and the contacts to save (those with an id are updated, those
 * without are added; contacts not listed are left alone).
 */
public record CustomerChange(Customer customer, Customer before, List<Contact> contacts, ChangeKind kind) {
    public CustomerChange {
        contacts = List.copyOf(contacts);
    }

    /** The fields this write changes, for the field history. */
    public List<FieldChange> changedFields() {
        return CustomerFieldDiff.between(before, customer);
    }
}
