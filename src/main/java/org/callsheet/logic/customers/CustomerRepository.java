package org.callsheet.logic.customers;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.Order;

/** Storage of customers, their contacts and orders. Implemented with jOOQ in persistence. */
public interface CustomerRepository extends SearchEntrySource {

    Optional<Customer> findById(long id);

    Optional<Customer> findByUid(String uid);

    Optional<Customer> findByExternalId(String externalId);

    /** Stores a new customer with its contacts; returns the customer with its id. */
    Customer insert(Customer customer, List<Contact> contacts);

    /**
     * Replaces the customer's fields and its contacts (contacts matched by uid), and adds the
     * fields that changed to the customer's field history as changed by {@code editedBy} at the
     * customer's {@code updatedAt}.
     */
    void update(Customer customer, List<Contact> contacts, String editedBy);

    /** Deletes the customer and everything that hangs off it; returns what was deleted. */
    Optional<CustomerSnapshot> delete(long id);

    /** Puts a deleted customer back exactly as it was, with the same ids. */
    void restore(CustomerSnapshot snapshot);

    List<Contact> contactsOf(long customerId);

    List<Order> ordersOf(long customerId);

    @Override
    long count();

    /** Ids of the customers that pass the filter, in the given order. */
    long[] findIds(CustomerFilter filter, CustomerSort sort);

    /** Table rows for the given ids, in the same order (ids that no longer exist are left out). */
    List<CustomerRow> rows(long[] ids);

    @Override
    void forEachSearchEntry(Consumer<SearchEntry> sink);

    /** The search entry of one customer, after an edit. */
    Optional<SearchEntry> searchEntry(long id);

    List<String> owners();

    List<String> tags();

    List<String> provinces();

    /** Cities of a province that have customers. */
    List<String> cities(String province);

    /** Districts of a city that have customers. */
    List<String> districts(String province, String city);
}
