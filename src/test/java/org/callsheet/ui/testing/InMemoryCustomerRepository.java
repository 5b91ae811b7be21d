package org.callsheet.ui.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.customers.SearchEntry;
import org.callsheet.logic.history.CustomerFieldDiff;
import org.callsheet.logic.history.CustomerFieldHistory;
import org.callsheet.model.ChangeSource;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;
import org.callsheet.model.FieldChange;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.Order;

/**
 * Customers in maps, for view model and UI tests, with the field history a save adds. Thread-safe
 * by locking every call.
 */
public final class InMemoryCustomerRepository implements CustomerRepository, CustomerFieldHistory {
    private final List<CustomerFieldChange> history = new ArrayList<>();
    private final Map<Long, Customer> customers = new TreeMap<>();
    private final Map<Long, List<Contact>> contacts = new TreeMap<>();
    private final Map<Long, List<Order>> orders = new TreeMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final AtomicLong nextContactId = new AtomicLong(1);
    private final Pinyin pinyin = new Pinyin();
    private final PhoneNormalizer phones = new PhoneNormalizer();
    /** How many times rows(...) was asked, to check paging. */
    public final AtomicLong rowCalls = new AtomicLong();

    @Override
    public synchronized Optional<Customer> findById(long id) {
        return Optional.ofNullable(customers.get(id));
    }

    @Override
    public synchronized Optional<Customer> findByUid(String uid) {
        return customers.values().stream().filter(c -> c.uid().equals(uid)).findFirst();
    }

    @Override
    public synchronized Optional<Customer> findByExternalId(String externalId) {
        return customers.values().stream().filter(c -> externalId.equals(c.externalId())).findFirst();
    }

    @Override
    public synchronized Customer insert(Customer customer, List<Contact> customerContacts) {
        long id = nextId.getAndIncrement();
        Customer stored = customer.withId(id);
        customers.put(id, stored);
        contacts.put(id, withIds(id, customerContacts));
        orders.put(id, new ArrayList<>());
        return stored;
    }

    @Override
    public synchronized void update(Customer customer, List<Contact> customerContacts, String editedBy) {
        for (FieldChange change : CustomerFieldDiff.between(customers.get(customer.id()), customer)) {
            history.add(new CustomerFieldChange(history.size() + 1, customer.id(), customer.updatedAt(),
                    ChangeSource.rep(editedBy), change));
        }
        customers.put(customer.id(), customer);
        contacts.put(customer.id(), withIds(customer.id(), customerContacts));
    }

    /** Adds an entry to the field history as an import or a save would have written it. */
    public synchronized void addHistory(long customerId, java.time.Instant at, ChangeSource source, FieldChange change) {
        history.add(new CustomerFieldChange(history.size() + 1, customerId, at, source, change));
    }

    @Override
    public synchronized List<CustomerFieldChange> newestFirst(long customerId, Optional<CustomerField> field,
                                                              int offset, int limit) {
        return history.stream().filter(e -> e.customerId() == customerId)
                .filter(e -> field.isEmpty() || e.change().field() == field.get())
                .sorted(Comparator.comparing(CustomerFieldChange::changedAt)
                        .thenComparing(CustomerFieldChange::id).reversed())
                .skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized List<CustomerField> fieldsChanged(long customerId) {
        return history.stream().filter(e -> e.customerId() == customerId).map(e -> e.change().field()).distinct()
                .sorted().toList();
    }

    private List<Contact> withIds(long customerId, List<Contact> list) {
        List<Contact> out = new ArrayList<>();
        for (Contact c : list) {
            out.add(c.withIds(c.id() == null ? nextContactId.getAndIncrement() : c.id(), customerId));
        }
        return out;
    }

    public synchronized void addOrder(long customerId, Order order) {
        orders.computeIfAbsent(customerId, k -> new ArrayList<>()).add(order);
    }

    @Override
    public synchronized Optional<CustomerSnapshot> delete(long id) {
        Customer removed = customers.remove(id);
        if (removed == null) {
            return Optional.empty();
        }
        return Optional.of(new CustomerSnapshot(removed, contacts.remove(id), orders.remove(id)));
    }

    @Override
    public synchronized void restore(CustomerSnapshot snapshot) {
        long id = snapshot.customer().id();
        customers.put(id, snapshot.customer());
        contacts.put(id, new ArrayList<>(snapshot.contacts()));
        orders.put(id, new ArrayList<>(snapshot.orders()));
    }

    @Override
    public synchronized List<Contact> contactsOf(long customerId) {
        return List.copyOf(contacts.getOrDefault(customerId, List.of()));
    }

    @Override
    public synchronized List<Order> ordersOf(long customerId) {
        return List.copyOf(orders.getOrDefault(customerId, List.of()));
    }

    @Override
    public synchronized long count() {
        return customers.size();
    }

    @Override
    public synchronized long[] findIds(CustomerFilter filter, CustomerSort sort) {
        Comparator<Customer> order = switch (sort.column()) {
            case NAME -> Comparator.comparing(Customer::name);
            case EXTERNAL_ID -> Comparator.comparing(c -> c.externalId() == null ? "" : c.externalId());
            case REGION -> Comparator.comparing(c -> c.address().province() + c.address().city());
            case OWNER -> Comparator.comparing(c -> c.ownerRep() == null ? "" : c.ownerRep());
            case STATUS -> Comparator.comparing(Customer::status);
            case UPDATED -> Comparator.comparing(Customer::updatedAt);
            // nobody is classified here, and the unclassified sort by name
            case SEGMENT, QUADRANT, CHURN_WARNING -> Comparator.comparing(Customer::name);
        };
        order = order.thenComparing(Customer::id);
        if (!sort.ascending()) {
            order = order.reversed();
        }
        return customers.values().stream().filter(c -> matches(filter, c)).sorted(order)
                .mapToLong(Customer::id).toArray();
    }

    private static boolean matches(CustomerFilter f, Customer c) {
        return (f.statuses().isEmpty() || f.statuses().contains(c.status()))
                && (f.province().isEmpty() || f.province().equals(c.address().province()))
                && (f.city().isEmpty() || f.city().equals(c.address().city()))
                && (f.district().isEmpty() || f.district().equals(c.address().district()))
                && (f.ownerRep().isEmpty() || f.ownerRep().equals(c.ownerRep()))
                && (f.tag().isEmpty() || c.tags().contains(f.tag()))
                && (f.customerId() == null || f.customerId() == c.id());
    }

    @Override
    public synchronized List<CustomerRow> rows(long[] ids) {
        rowCalls.incrementAndGet();
        List<CustomerRow> out = new ArrayList<>();
        for (long id : ids) {
            Customer c = customers.get(id);
            if (c != null) {
                String phone = contacts.getOrDefault(id, List.of()).stream().map(k -> k.mobile().input())
                        .filter(p -> !p.isBlank()).findFirst().orElse("");
                out.add(new CustomerRow(id, c.externalId(), c.name(), c.kind(), c.address().province(),
                        c.address().city(), c.address().district(), c.ownerRep(), c.status(), phone,
                        String.join(", ", c.tags())));
            }
        }
        return out;
    }

    @Override
    public synchronized void forEachSearchEntry(Consumer<SearchEntry> sink) {
        customers.keySet().forEach(id -> searchEntry(id).ifPresent(sink));
    }

    @Override
    public synchronized Optional<SearchEntry> searchEntry(long id) {
        Customer c = customers.get(id);
        if (c == null) {
            return Optional.empty();
        }
        String digits = contacts.getOrDefault(id, List.of()).stream()
                .flatMap(k -> java.util.stream.Stream.of(k.mobile(), k.phone()))
                .map(phones::dialDigits).filter(d -> !d.isEmpty()).collect(Collectors.joining(" "));
        return Optional.of(new SearchEntry(id, c.name(), c.externalId(), digits));
    }

    @Override
    public synchronized List<String> owners() {
        return customers.values().stream().map(Customer::ownerRep).filter(o -> o != null && !o.isBlank())
                .distinct().sorted().toList();
    }

    @Override
    public synchronized List<String> tags() {
        return customers.values().stream().flatMap(c -> c.tags().stream()).distinct().sorted().toList();
    }

    @Override
    public synchronized List<String> provinces() {
        return customers.values().stream().map(c -> c.address().province()).filter(p -> !p.isBlank())
                .distinct().sorted().toList();
    }

    @Override
    public synchronized List<String> cities(String province) {
        return customers.values().stream().filter(c -> c.address().province().equals(province))
                .map(c -> c.address().city()).filter(p -> !p.isBlank()).distinct().sorted().toList();
    }

    @Override
    public synchronized List<String> districts(String province, String city) {
        return customers.values().stream()
                .filter(c -> c.address().province().equals(province) && c.address().city().equals(city))
                .map(c -> c.address().district()).filter(p -> !p.isBlank()).distinct().sorted().toList();
    }
}
