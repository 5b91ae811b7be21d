package org.callsheet.logic.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.Order;

/** Storage of customers, their contacts and orders. Implemented with jOOQ in persistence. */
public interface CustomerRepository {

    Optional<Customer> findById(long id);

    Optional<Customer> findByUid(String uid);

    Optional<Customer> findByExternalId(String externalId);

    /** Stores a new customer with its contacts; returns the customer with its id. */
    Customer insert(Customer customer, List<Contact> contacts);

    /** Replaces the customer's fields and its contacts (contacts matched by uid). */
    void update(Customer customer, List<Contact> contacts);

    /** Deletes the customer and everything that hangs off it; returns what was deleted. */
    Optional<CustomerSnapshot> delete(long id);

    /** Puts a deleted customer back exactly as it was, with the same ids. */
    void restore(CustomerSnapshot snapshot);

    List<Contact> contactsOf(long customerId);

    List<Order> ordersOf(long customerId);

    long count();

    /** Ids of the customers that pass the filter, in the given order. */
    long[] findIds(CustomerFilter filter, CustomerSort sort);

    /** Table rows for the given ids, in the same order (ids that no longer exist are left out). */
    List<CustomerRow> rows(long[] ids);

    /** Streams what the search index needs of every customer, without holding them all. */
    void forEachSearchEntry(Consumer<SearchEntry> sink);

    /** The search entry of one customer, after an edit. */
    Optional<SearchEntry> searchEntry(long id);

    List<String> owners();

    List<String> tags();

    List<String> provinces();

    /**
     * Cities of a province that customers are in, sorted. The default walks the province's rows;
     * implementations should answer with one DISTINCT query.
     */
    default List<String> cities(String province) {
        return distinctOf(new CustomerFilter(Set.of(), province, "", "", "", ""), CustomerRow::city);
    }

    /** Districts of a city that customers are in, sorted (see {@link #cities}). */
    default List<String> districts(String province, String city) {
        return distinctOf(new CustomerFilter(Set.of(), province, city, "", "", ""), CustomerRow::district);
    }

    private List<String> distinctOf(CustomerFilter filter, java.util.function.Function<CustomerRow, String> part) {
        long[] ids = findIds(filter, CustomerSort.DEFAULT);
        Set<String> seen = new LinkedHashSet<>();
        for (int from = 0; from < ids.length; from += 1000) {
            for (CustomerRow row : rows(Arrays.copyOfRange(ids, from, Math.min(ids.length, from + 1000)))) {
                String value = part.apply(row);
                if (value != null && !value.isBlank()) {
                    seen.add(value);
                }
            }
        }
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        return sorted;
    }
}
