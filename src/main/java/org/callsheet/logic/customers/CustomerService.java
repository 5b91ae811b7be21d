package org.callsheet.logic.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.Order;

/**
 * Creating, editing and deleting customers: validates, normalises phones, stamps times, and keeps
 * the search index current. Deleting returns a snapshot that {@link #undoDelete} puts back.
 */
public final class CustomerService {
    private final CustomerRepository repository;
    private final CustomerValidator validator;
    private final PhoneNormalizer phones;
    private final CustomerSearchIndex searchIndex;
    private final Clock clock;
    private final Supplier<String> editor;

    /** {@code editor} names who saves, for the field history: the rep's name from the settings. */
    public CustomerService(CustomerRepository repository, PhoneNormalizer phones,
                           CustomerSearchIndex searchIndex, Clock clock, Supplier<String> editor) {
        this.repository = repository;
        this.editor = editor;
        this.phones = phones;
        this.validator = new CustomerValidator(phones);
        this.searchIndex = searchIndex;
        this.clock = clock;
    }

    public CustomerValidator validator() {
        return validator;
    }

    /** A blank new customer owned by the given rep (not stored yet). */
    public Customer blank(String ownerRep) {
        Instant now = clock.instant();
        return new Customer(null, UUID.randomUUID().toString(), null, "", null, null, null, null, null,
                null, ownerRep, List.of(), null, false, null, now, now);
    }

    /** A blank new contact for a customer (not stored yet). */
    public Contact blankContact() {
        Instant now = clock.instant();
        return new Contact(null, UUID.randomUUID().toString(), null, "", null, false, null, null, null,
                null, now, now);
    }

    public Optional<Customer> find(long id) {
        return repository.findById(id);
    }

    public List<Contact> contactsOf(long customerId) {
        return repository.contactsOf(customerId);
    }

    /** Orders of a customer, as stored (read-only history). */
    public List<Order> ordersOf(long customerId) {
        return repository.ordersOf(customerId);
    }

    /**
     * Stores a new customer (id null) or updates an existing one; returns it as stored.
     *
     * @throws ValidationException when a field is invalid; nothing is written then
     */
    public Customer save(Customer customer, List<Contact> contacts) {
        List<ValidationProblem> problems = validator.validate(customer, contacts);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Instant now = clock.instant();
        List<Contact> normalised = new ArrayList<>(contacts.size());
        for (Contact c : contacts) {
            normalised.add(new Contact(c.id(), c.uid(), customer.id(), c.name().strip(), c.title(),
                    c.decisionMaker(), phones.normalizeMobile(c.mobile().input()), phones.normalize(c.phone().input()),
                    c.email() == null ? null : c.email().strip(), c.birthday(),
                    c.createdAt() == null ? now : c.createdAt(), now));
        }
        Customer stamped = new Customer(customer.id(), customer.uid(), blankToNull(customer.externalId()),
                customer.name().strip(), customer.kind(), customer.industry(), customer.sizeClass(),
                customer.address(), customer.location(), customer.source(), customer.ownerRep(), customer.tags(),
                customer.notes(), customer.noNeed(), customer.status(),
                customer.createdAt() == null ? now : customer.createdAt(), now);
        Customer stored;
        if (stamped.id() == null) {
            stored = repository.insert(stamped, normalised);
        } else {
            repository.update(stamped, normalised, editor.get());
            stored = stamped;
        }
        repository.searchEntry(stored.id()).ifPresent(searchIndex::put);
        return stored;
    }

    /** Deletes a customer with its contacts and orders; the snapshot lets the user undo. */
    public Optional<CustomerSnapshot> delete(long id) {
        Optional<CustomerSnapshot> snapshot = repository.delete(id);
        snapshot.ifPresent(s -> searchIndex.remove(id));
        return snapshot;
    }

    public void undoDelete(CustomerSnapshot snapshot) {
        repository.restore(snapshot);
        repository.searchEntry(snapshot.customer().id()).ifPresent(searchIndex::put);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
