package org.callsheet.logic.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.Order;
import org.callsheet.model.Phone;

/**
 * Turns model records into cells by canonical field id, in the forms import reads back: ISO
 * dates, plain decimal amounts, phone numbers as the user typed them, tags joined by commas.
 */
public final class ExportRows {
    private ExportRows() {
    }

    public static Map<String, String> customer(Customer customer, Optional<Contact> contact) {
        Map<String, String> cells = new HashMap<>();
        put(cells, "uid", customer.uid());
        put(cells, "external_id", customer.externalId());
        put(cells, "name", customer.name());
        put(cells, "kind", customer.kind() == CustomerKind.PERSON ? "person" : "company");
        put(cells, "industry", customer.industry());
        put(cells, "size", customer.sizeClass());
        Address address = customer.address();
        put(cells, "address", address.street());
        put(cells, "province", address.province());
        put(cells, "city", address.city());
        put(cells, "district", address.district());
        if (customer.location() != null) {
            put(cells, "latitude", plain(customer.location().latitude()));
            put(cells, "longitude", plain(customer.location().longitude()));
        }
        put(cells, "source", customer.source());
        put(cells, "owner", customer.ownerRep());
        put(cells, "tags", String.join(",", customer.tags()));
        put(cells, "notes", customer.notes());
        contact.ifPresent(c -> {
            put(cells, "contact_uid", c.uid());
            put(cells, "contact_name", c.name());
            put(cells, "contact_title", c.title());
            put(cells, "mobile", phone(c.mobile()));
            put(cells, "phone", phone(c.phone()));
            put(cells, "email", c.email());
            put(cells, "birthday", date(c.birthday()));
        });
        return cells;
    }

    /**
     * An order with the external id of its customer (the internal id means nothing outside); for a
     * customer without one, pass its uid, which an import of this program resolves as well.
     */
    public static Map<String, String> order(Order order, String customerExternalId) {
        Map<String, String> cells = new HashMap<>();
        put(cells, "uid", order.uid());
        put(cells, "external_id", order.externalId());
        put(cells, "customer_external_id", customerExternalId);
        put(cells, "order_date", date(order.date()));
        put(cells, "amount", plain(order.amount()));
        put(cells, "cost", plain(order.cost()));
        put(cells, "paid_amount", plain(order.paidAmount()));
        put(cells, "due_date", date(order.dueDate()));
        return cells;
    }

    private static String phone(Phone phone) {
        return phone.isEmpty() ? null : phone.input();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    private static void put(Map<String, String> cells, String field, String value) {
        if (value != null && !value.isEmpty()) {
            cells.put(field, value);
        }
    }
}
