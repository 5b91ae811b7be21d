package org.callsheet.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.customers.ValidationException;
import org.callsheet.logic.customers.ValidationProblem;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.Order;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The customer form: loads a customer with its contacts and orders in the background, holds the
 * edited fields, validates as the user types, and saves through {@link CustomerService}.
 * {@link #errors()} maps a field name ("name", "contacts") to a message key.
 */
public final class CustomerEditorViewModel {
    private final CustomerService service;
    private final CustomerBook book;
    private final TaskRunner runner;

    private Customer original;
    private final CustomerFields fields = new CustomerFields();
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObservableList<Order> orders = FXCollections.observableArrayList();
    private final ObservableList<String> provinces = FXCollections.observableArrayList();
    private final ObservableList<String> cities = FXCollections.observableArrayList();
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> failure = new SimpleObjectProperty<>();
    private boolean filling;

    public CustomerEditorViewModel(CustomerService service, CustomerBook book, TaskRunner runner) {
        this.service = service;
        this.book = book;
        this.runner = runner;
        for (Observable field : fields.editable()) {
            field.addListener(o -> {
                if (!filling) {
                    dirty.set(true);
                }
            });
        }
        fields.nameProperty().addListener((obs, old, now) -> validateName());
        fields.provinceProperty().addListener((obs, old, now) -> loadChoices(
                () -> blank(now) ? List.of() : book.cities(now), cities));
        fields.cityProperty().addListener((obs, old, now) -> loadChoices(
                () -> blank(now) ? List.of() : book.districts(fields.provinceProperty().get(), now), districts));
    }

    /** Starts a new customer owned by the rep. */
    public void startNew(String ownerRep) {
        fill(service.blank(ownerRep), List.of(), List.of());
        loadChoices(book::provinces, provinces);
    }

    /** Loads an existing customer in the background. */
    public void load(long id) {
        loading.set(true);
        loadChoices(book::provinces, provinces);
        runner.submit(context -> {
            Customer customer = service.find(id).orElseThrow(() -> new IllegalStateException("gone"));
            return new Loaded(customer, service.contactsOf(id), service.ordersOf(id));
        }, WorkCallbacks.<Loaded>of(loaded -> {
            fill(loaded.customer, loaded.contacts, loaded.orders);
            loading.set(false);
        }, error -> {
            loading.set(false);
            failure.set(UserMessage.of("editor.loadFailed"));
        }));
    }

    private record Loaded(Customer customer, List<Contact> contacts, List<Order> orders) {
    }

    private void fill(Customer customer, List<Contact> customerContacts, List<Order> customerOrders) {
        filling = true;
        try {
            original = customer;
            fields.fill(customer);
            contacts.setAll(customerContacts);
            orders.setAll(customerOrders);
            errors.clear();
            dirty.set(false);
        } finally {
            filling = false;
        }
    }

    // ---- state

    public CustomerFields fields() {
        return fields;
    }

    public boolean isNew() {
        return original == null || original.id() == null;
    }

    public Long customerId() {
        return original == null ? null : original.id();
    }

    public ObservableList<Contact> contacts() {
        return contacts;
    }

    public ObservableList<Order> orders() {
        return orders;
    }

    public ObservableList<String> provinces() {
        return provinces;
    }

    public ObservableList<String> cities() {
        return cities;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObjectProperty<UserMessage> failureProperty() {
        return failure;
    }

    // ---- contacts

    public ContactForm newContactForm() {
        return new ContactForm(service.blankContact(), service.validator());
    }

    public ContactForm contactForm(Contact contact) {
        return new ContactForm(contact, service.validator());
    }

    public void addContact(Contact contact) {
        contacts.add(contact);
        contactsChanged();
    }

    public void replaceContact(Contact old, Contact edited) {
        int index = contacts.indexOf(old);
        if (index >= 0) {
            contacts.set(index, edited);
            contactsChanged();
        }
    }

    public void removeContact(Contact contact) {
        if (contacts.remove(contact)) {
            contactsChanged();
        }
    }

    private void contactsChanged() {
        dirty.set(true);
        errors.remove("contacts");
    }

    /**
     * The customer's status was changed elsewhere (a manual status set or cleared): the header shows
     * it at once and a later save keeps it instead of writing back the status loaded before.
     */
    public void statusChanged(CustomerStatus status) {
        if (original != null && original.id() != null) {
            original = original.withStatus(status);
        }
        fields.statusProperty().set(status);
    }

    // ---- saving

    /** The customer as edited (not stored). */
    public Customer toCustomer() {
        return fields.applyTo(original == null ? service.blank(fields.ownerProperty().get()) : original);
    }

    /**
     * Validates and saves in the background; {@code saved} runs with the stored customer. On a
     * refused save the problems appear in {@link #errors()}.
     */
    public void save(Consumer<Customer> saved) {
        Customer customer = toCustomer();
        List<Contact> edited = List.copyOf(contacts);
        List<ValidationProblem> problems = service.validator().validate(customer, edited);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        saving.set(true);
        failure.set(null);
        runner.submit(context -> service.save(customer, edited), WorkCallbacks.<Customer>of(stored -> {
            saving.set(false);
            fill(stored, edited, orders);
            saved.accept(stored);
        }, error -> {
            saving.set(false);
            if (error instanceof ValidationException refused) {
                showProblems(refused.problems());
            } else {
                failure.set(UserMessage.of("editor.saveFailed"));
            }
        }));
    }

    private void showProblems(List<ValidationProblem> problems) {
        errors.clear();
        for (ValidationProblem problem : problems) {
            String field = problem.field().startsWith("contact[") ? "contacts" : problem.field();
            errors.putIfAbsent(field, problem.messageKey());
        }
    }

    private void validateName() {
        if (filling) {
            return;
        }
        List<ValidationProblem> problems = service.validator().validate(toCustomer(), List.of());
        problems.stream().filter(p -> p.field().equals("name")).findFirst()
                .ifPresentOrElse(p -> errors.put("name", p.messageKey()), () -> errors.remove("name"));
    }

    private void loadChoices(Supplier<List<String>> source, ObservableList<String> target) {
        runner.submit(context -> source.get(), WorkCallbacks.<List<String>>of(target::setAll, error -> target.clear()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
