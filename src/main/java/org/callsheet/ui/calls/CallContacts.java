package org.callsheet.ui.calls;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.calls.CallWarning;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.reminders.CallServices;
import org.callsheet.model.Contact;
import org.callsheet.model.CustomerRow;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * What the call dialog knows about whom the rep calls: the chosen customer's contacts, the numbers
 * to dial, and who already called the customer (or the number typed) lately.
 */
final class CallContacts {
    private final CallServices services;
    private final CustomerService customers;
    private final TaskRunner runner;
    private final Clock clock;
    private final CallForm form;
    private final CallCustomerPicker picker;
    final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    final ObservableList<String> numbers = FXCollections.observableArrayList();
    final ObservableList<CallWarning> warnings = FXCollections.observableArrayList();

    CallContacts(CallServices services, CustomerService customers, TaskRunner runner, Clock clock, CallForm form,
                 CallCustomerPicker picker) {
        this.services = services;
        this.customers = customers;
        this.runner = runner;
        this.clock = clock;
        this.form = form;
        this.picker = picker;
        form.contact.addListener((obs, old, now) -> offerNumbers());
    }

    /** Loads the contacts of the customer just chosen and who called it lately. */
    void customerChosen(CustomerRow row, CallEntry entry) {
        contacts.clear();
        form.contact.set(null);
        warnings.clear();
        form.errors.remove("customer");
        if (row == null) {
            return;
        }
        long id = row.id();
        Instant now = clock.instant();
        runner.submit(context -> new Loaded(customers.contactsOf(id), entry.warningsBefore(services, id, now)),
                WorkCallbacks.<Loaded>of(loaded -> {
                    CustomerRow current = picker.chosenProperty().get();
                    if (current == null || current.id() != id) {
                        return;
                    }
                    contacts.setAll(loaded.contacts());
                    warnings.setAll(loaded.warnings());
                    form.contact.set(entry.contactAmong(loaded.contacts()));
                    offerNumbers();
                    entry.number().ifPresent(form.number::set);
                }, error -> form.errors.put("form", "callDialog.error.customerLoad")));
    }

    private record Loaded(List<Contact> contacts, List<CallWarning> warnings) {
    }

    /** Without a chosen customer, warns about earlier calls to the number typed. */
    void numberTyped(CallEntry entry) {
        if (picker.chosenProperty().get() != null) {
            return;
        }
        String n = CallForm.text(form.number);
        Instant now = clock.instant();
        runner.submit(context -> entry.warningsBefore(services, n, now), WorkCallbacks.<List<CallWarning>>of(
                found -> {
                    if (picker.chosenProperty().get() == null && n.equals(CallForm.text(form.number))) {
                        warnings.setAll(found);
                    }
                }, error -> form.errors.put("form", "callDialog.error.warnings")));
    }

    private void offerNumbers() {
        List<String> offered = CallForm.numbersOf(form.contact.get(), contacts);
        numbers.setAll(offered);
        String typed = CallForm.text(form.number);
        if (!offered.isEmpty() && (typed.isBlank() || !offered.contains(typed))) {
            form.number.set(offered.getFirst());
        }
    }
}
