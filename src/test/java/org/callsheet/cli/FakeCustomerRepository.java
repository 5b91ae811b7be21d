package org.callsheet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.customers.SearchEntry;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.Order;

/** Customers in a list; enough of a repository for commands that look at what is stored. */
final class FakeCustomerRepository implements CustomerRepository {
    private final List<CustomerSnapshot> stored = new ArrayList<>();

    @Override
    public Optional<Customer> findById(long id) {
        return find(id).map(CustomerSnapshot::customer);
    }

    @Override
    public Optional<Customer> findByUid(String uid) {
        return stored.stream().map(CustomerSnapshot::customer).filter(c -> c.uid().equals(uid)).findFirst();
    }

    @Override
    public Optional<Customer> findByExternalId(String externalId) {
        return stored.stream().map(CustomerSnapshot::customer)
                .filter(c -> externalId.equals(c.externalId())).findFirst();
    }

    @Override
    public Customer insert(Customer customer, List<Contact> contacts) {
        Customer withId = customer.withId((long) stored.size() + 1);
        stored.add(new CustomerSnapshot(withId, contacts, List.of()));
        return withId;
    }

    @Override
    public void update(Customer customer, List<Contact> contacts, String editedBy) {
        stored.replaceAll(s -> s.customer().id().equals(customer.id())
                ? new CustomerSnapshot(customer, contacts, s.orders()) : s);
    }

    @Override
    public Optional<CustomerSnapshot> delete(long id) {
        Optional<CustomerSnapshot> snapshot = find(id);
        snapshot.ifPresent(stored::remove);
        return snapshot;
    }

    @Override
    public void restore(CustomerSnapshot snapshot) {
        stored.add(snapshot);
    }

    @Override
    public List<Contact> contactsOf(long customerId) {
        return find(customerId).map(CustomerSnapshot::contacts).orElse(List.of());
    }

    @Override
    public List<Order> ordersOf(long customerId) {
        return find(customerId).map(CustomerSnapshot::orders).orElse(List.of());
    }

    @Override
    public long count() {
        return stored.size();
    }

    @Override
    public long[] findIds(CustomerFilter filter, CustomerSort sort) {
        return stored.stream().mapToLong(s -> s.customer().id()).toArray();
    }

    @Override
    public List<CustomerRow> rows(long[] ids) {
        List<CustomerRow> rows = new ArrayList<>();
        for (long id : ids) {
            findById(id).ifPresent(c -> rows.add(new CustomerRow(id, c.externalId(), c.name(), c.kind(),
                    c.address().province(), c.address().city(), c.address().district(), c.ownerRep(),
                    c.status(), "", String.join(",", c.tags()))));
        }
        return rows;
    }

    @Override
    public void forEachSearchEntry(Consumer<SearchEntry> sink) {
        stored.forEach(s -> searchEntry(s.customer().id()).ifPresent(sink));
    }

    @Override
    public Optional<SearchEntry> searchEntry(long id) {
        return findById(id).map(c -> new SearchEntry(id, c.name(), c.externalId(), ""));
    }

    @Override
    public List<String> owners() {
        return stored.stream().map(s -> s.customer().ownerRep()).distinct().toList();
    }

    @Override
    public List<String> tags() {
        return stored.stream().flatMap(s -> s.customer().tags().stream()).distinct().toList();
    }

    @Override
    public List<String> provinces() {
        return stored.stream().map(s -> s.customer().address().province()).distinct().toList();
    }

    @Override
    public List<String> cities(String province) {
        return stored.stream().map(s -> s.customer().address()).filter(a -> a.province().equals(province))
                .map(a -> a.city()).distinct().toList();
    }

    @Override
    public List<String> districts(String province, String city) {
        return stored.stream().map(s -> s.customer().address())
                .filter(a -> a.province().equals(province) && a.city().equals(city))
                .map(a -> a.district()).distinct().toList();
    }

    private Optional<CustomerSnapshot> find(long id) {
        return stored.stream().filter(s -> s.customer().id() == id).findFirst();
    }
}
