package org.callsheet.logic.imports;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.Order;

/** Streams stored records for export, oldest id first, without loading them all. */
public interface ExportStore {

    /** A customer with its first contact, if any. */
    record CustomerRow(Customer customer, Optional<Contact> contact) {
    }

    /** An order with how a file names its customer: the external id, or the uid when it has none. */
    record OrderRow(Order order, String customerReference) {
    }

    /** @param since only customers (or their contact) updated at or after this instant; null for all */
    void forEachCustomer(Instant since, Consumer<CustomerRow> sink);

    /** @param since only orders updated at or after this instant; null for all */
    void forEachOrder(Instant since, Consumer<OrderRow> sink);
}
